package dev.mentorhub.common.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A persistent embedded PostgreSQL writes durably; a throw-away one (tests) may skip fsync for speed. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteDurablyOnAPersistentDataDirectory() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), 0, EmbeddedDatabase.Durability.DURABLE)) {
            assertThat(setting(database, "fsync")).isEqualTo("on");
            assertThat(setting(database, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(database, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void shouldSkipFsyncOnlyWhenAskedTo() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dir.resolve("pg"), 0, EmbeddedDatabase.Durability.THROWAWAY)) {
            assertThat(setting(database, "fsync")).isEqualTo("off");
        }
    }

    private static String setting(EmbeddedDatabase database, String name) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl());
                ResultSet rs = connection.createStatement().executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
