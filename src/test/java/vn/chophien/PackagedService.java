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

/** The packaged service ({@code target/quarkus-app}) in a process of its own, on free ports and its own data folder. */
public final class PackagedService implements AutoCloseable {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");

    private final Process process;
    private final Path data;
    public final int port;

    private PackagedService(Process process, Path data, int port) {
        this.process = process;
        this.data = data;
        this.port = port;
    }

    /** Starts it on a fresh data folder with these JVM options, and waits until it is ready. */
    public static PackagedService start(Path data, String... jvmOptions) throws Exception {
        deleteRecursively(data);
        Files.createDirectories(data);
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.add("-Dchophien.data-dir=" + data.toAbsolutePath());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + freePort());
        command.add("-jar");
        command.add(APP.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("service.log").toFile()).start();
        PackagedService service = new PackagedService(process, data, port);
        service.awaitReady();
        return service;
    }

    public RequestSpecification api() {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    public boolean ready() {
        try {
            return api().get("/q/health/ready").statusCode() == 200;
        } catch (Exception notListening) {
            return false;
        }
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited; see " + data.resolve("service.log"));
            }
            if (ready()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service was not ready within 3 minutes; see " + data);
    }

    public String log() throws IOException {
        return Files.readString(data.resolve("service.log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
