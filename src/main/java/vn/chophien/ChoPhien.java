package vn.chophien;

import java.nio.file.Path;

import io.quarkus.runtime.Quarkus;

import vn.chophien.database.EmbeddedDatabase;
import vn.chophien.database.ReadyDriver;

/**
 * Starts the service. When no datasource URL is configured it starts the embedded MariaDB under the data folder and
 * boots Quarkus meanwhile: Flyway's and Hibernate's first connection waits until the server is ready
 * ({@link ReadyDriver}), so on a later start the two take the same seconds instead of one after the other. Deliberately
 * not a {@code @QuarkusMain}: that would keep Camel from starting its context.
 */
public final class ChoPhien {

    private ChoPhien() {
    }

    public static void main(String... args) throws Exception {
        EmbeddedDatabase.Starting database = null;
        if (setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL") == null) {
            String dataDir = setting("chophien.data-dir", "CHOPHIEN_DATA_DIR");
            Path folder = Path.of(dataDir == null ? "data" : dataDir).toAbsolutePath().normalize();
            System.out.println("Starting the embedded MariaDB in " + folder.resolve("mariadb") + " …");
            database = EmbeddedDatabase.begin(folder.resolve("mariadb"));
            // The service boots while the server starts; its first connection waits for it (ReadyDriver).
            ReadyDriver.awaiting(database.ready());
            System.setProperty("chophien.data-dir", folder.toString());
            System.setProperty("quarkus.datasource.jdbc.url", database.jdbcUrl());
            System.setProperty("quarkus.datasource.username", database.username());
            System.setProperty("quarkus.datasource.password", database.password());
        }
        try {
            Quarkus.run(args);
        } finally {
            if (database != null) {
                database.ready().thenAccept(EmbeddedDatabase::stop).exceptionally(failed -> null).join();
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
