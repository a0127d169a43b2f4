package vn.chophien;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged service, started twice on one data folder as README's run command does: what was registered before the
 * restart is still there after it, and a session token issued before it still holds (the key pair was kept).
 */
class ServiceRestartIT {

    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Path DATA = Path.of("target", "restart-it-data").toAbsolutePath();

    @Test
    void accountsAndSessionsSurviveARestart() throws Exception {
        deleteRecursively(DATA);
        String phone = "09" + (10_000_000 + (System.nanoTime() % 89_999_999));
        String token;
        int port = freePort();
        Process first = start(port, "first");
        try {
            awaitReady(port, first);
            // production exposes the contract but neither a page to try it nor the metrics on its public port
            api(port).get("/q/openapi").then().statusCode(200);
            api(port).get("/q/swagger-ui/").then().statusCode(404);
            api(port).get("/q/metrics").then().statusCode(404);
            api(port).contentType(ContentType.JSON)
                    .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Sùng Thị Mỷ", "role", "SELLER"))
                    .post("/api/auth/register").then().statusCode(201);
            token = api(port).contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "mat-khau-tot"))
                    .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        } finally {
            stop(first);
        }

        port = freePort();
        Process second = start(port, "second");
        try {
            awaitReady(port, second);
            api(port).auth().oauth2(token).get("/api/me").then().statusCode(200).body("name", equalTo("Sùng Thị Mỷ"));
            api(port).contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "mat-khau-tot"))
                    .post("/api/auth/login").then().statusCode(200);
            api(port).contentType(ContentType.JSON)
                    .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Ai đó", "role", "BUYER"))
                    .post("/api/auth/register").then().statusCode(409);
        } finally {
            stop(second);
        }
    }

    private static RequestSpecification api(int port) {
        return given().baseUri("http://127.0.0.1").port(port);
    }

    private static Process start(int port, String name) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dchophien.data-dir=" + DATA);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.management.port=" + freePort()); // metrics' port: never another copy's
        command.add("-jar");
        command.add(APP.toString());
        Files.createDirectories(DATA);
        // An external database, when the environment names one, is inherited like any other setting.
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(DATA.resolve(name + ".log").toFile()).start();
    }

    private static void awaitReady(int port, Process process) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited; see " + DATA);
            }
            try {
                if (api(port).get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYetListening) {
                // keep waiting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service was not ready within 3 minutes; see " + DATA);
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the service did not stop within 90 s of SIGTERM");
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
