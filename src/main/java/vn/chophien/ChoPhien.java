package vn.chophien;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;

import vn.chophien.database.EmbeddedDatabase;

/**
 * Starts the service. When no datasource URL is configured it first starts the embedded MariaDB under the data folder,
 * because Flyway and Hibernate need the database before Quarkus boots. Deliberately not a {@code @QuarkusMain}: that
 * would keep Camel from starting its context.
 */
public final class ChoPhien {

    private ChoPhien() {
    }

    public static void main(String... args) throws Exception {
        EmbeddedDatabase database = null;
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL") == null) {
            String dataDir = setting("chophien.data-dir", "CHOPHIEN_DATA_DIR");
            Path folder = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize();
            System.out.println("Starting the embedded MariaDB in " + folder.resolve("mariadb") + " …");
            database = EmbeddedDatabase.start(folder.resolve("mariadb"));
            System.setProperty("chophien.data-dir", folder.toString());
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
        }
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.stop();
            }
        }
    }

    private static String setting(String property, String environment) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
