package dev.mentorhub.common.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL 17 server run from the zonky binaries on a data directory of our choosing. With a persistent
 * directory a restart finds its data again; tests pass a fresh temporary directory.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "postgres";
    public static final String USER = "postgres";

    /** Whether the data must survive a crash of the machine. */
    public enum Durability { DURABLE, THROWAWAY }

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, creating the cluster only when the directory holds none yet.
     *
     * @param port a fixed port, or 0 for any free one
     * @param durability {@code DURABLE} for a data directory that is kept (the run command's {@code data/postgres}):
     *     zonky starts the server with {@code -F} (no fsync) and {@code synchronous_commit=off}, fine for tests but
     *     losing committed data on a power cut, so both are switched back on (a later {@code -c} wins over {@code -F});
     *     {@code THROWAWAY} keeps zonky's fast settings, for a temporary directory
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, Durability durability) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "100");
            if (durability == Durability.DURABLE) {
                builder.setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }
}
