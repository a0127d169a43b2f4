package vn.chophien.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * The database of every Quarkus test: the MySQL/MariaDB named by {@code QUARKUS_DATASOURCE_JDBC_URL} when it is set
 * (as CI does against the machine's MariaDB), otherwise a fresh embedded MariaDB under {@code target/test-data}, the
 * same switch the service itself uses.
 */
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.GLOBAL)
public class DatabaseResource implements QuarkusTestResourceLifecycleManager {

    public static final Path DATA_DIR = Path.of("target", "test-data").toAbsolutePath();

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("chophien.data-dir", DATA_DIR.toString());
        if (externalUrl() != null) {
            return config;
        }
        deleteRecursively(DATA_DIR);
        database = EmbeddedDatabase.start(DATA_DIR.resolve("mariadb"));
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", database.username());
        config.put("quarkus.datasource.password", database.password());
        return config;
    }

    @Override
    public void stop() {
        if (database != null) {
            database.stop();
        }
    }

    public static String externalUrl() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return url == null || url.isBlank() ? null : url;
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
