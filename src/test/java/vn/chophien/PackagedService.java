package vn.chophien;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.restassured.specification.RequestSpecification;

/**
 * The packaged service as README's run command starts it ({@code java -jar target/quarkus-app/quarkus-run.jar}), in a
 * process of its own on free ports, for tests of what only a real process shows: a small heap, a restart, a hard kill,
 * two copies sharing one database. Settings come as JVM options; the environment (an external database) is inherited.
 */
public final class PackagedService implements AutoCloseable {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final Path log;
    public final int port;

    private PackagedService(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts it on a fresh data folder with these JVM options, and waits until it is ready. */
    public static PackagedService start(Path data, String... jvmOptions) throws IOException {
        deleteRecursively(data);
        return start(data, "service", List.of(jvmOptions));
    }

    /**
     * Starts a copy on this data folder as it is (a restart keeps what the last copy left there), logging to
     * {@code <name>.log} in it, and waits until it is ready.
     */
    public static PackagedService start(Path data, String name, List<String> jvmOptions) throws IOException {
        Files.createDirectories(data);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Dchophien.data-dir=" + data.toAbsolutePath());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + freePort()); // metrics' port: never another copy's
        command.add("-jar");
        command.add(APP.toString());
        Path log = data.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PackagedService service = new PackagedService(process, log, port);
        service.awaitReady();
        return service;
    }

    public RequestSpecification api() {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public boolean ready() {
        try {
            return api().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListening) {
            return false;
        }
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGTERM, as an operator stops it; fails when it does not stop within 90 s. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the service did not stop within 90 s of SIGTERM; see " + log);
        }
    }

    /** SIGKILL: the process ends at once, in the middle of whatever it was doing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited; see " + log);
            }
            if (ready()) {
                return;
            }
            sleep(500);
        }
        throw new AssertionError("the service was not ready within 3 minutes; see " + log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
