package dev.mentorhub.testsupport;

import dev.mentorhub.common.local.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A fresh, real PostgreSQL 17 for each test run (new temporary data directory; Flyway migrates it at start). */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    @Override
    public synchronized Map<String, String> start() {
        if (database == null) {
            try {
                Path dataDir = Files.createTempDirectory("mentorhub-test-pg");
                database = EmbeddedDatabase.start(dataDir, 0, EmbeddedDatabase.Durability.THROWAWAY);
                Runtime.getRuntime().addShutdownHook(new Thread(database::close, "test-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + database.port() + "/" + EmbeddedDatabase.DATABASE,
                "quarkus.datasource.username", EmbeddedDatabase.USER);
    }

    @Override
    public void stop() {
        // Kept for the whole test JVM: restarting PostgreSQL between Quarkus restarts would only cost time.
    }
}
