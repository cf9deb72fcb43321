package dev.mentorhub.common.local;

import java.util.Optional;

/**
 * Reads a launcher setting before Quarkus configuration exists: a system property ({@code -Dmentorhub.db.data-dir=...})
 * wins over the matching environment variable ({@code MENTORHUB_DB_DATA_DIR}), which wins over the default.
 */
final class LocalSettings {

    private LocalSettings() {
    }

    static Optional<String> find(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(toEnvName(property));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    static String get(String property, String defaultValue) {
        return find(property).orElse(defaultValue);
    }

    static boolean flag(String property, boolean defaultValue) {
        return find(property).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** The MicroProfile Config mapping: {@code quarkus.datasource.jdbc.url} becomes {@code QUARKUS_DATASOURCE_JDBC_URL}. */
    static String toEnvName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }
}
