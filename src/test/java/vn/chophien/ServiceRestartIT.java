package vn.chophien;

import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;

/**
 * The packaged service, started twice on one data folder as README's run command does: what was registered before the
 * restart is still there after it, and a session token issued before it still holds (the key pair was kept).
 */
class ServiceRestartIT {

    private static final Path DATA = Path.of("target", "restart-it-data").toAbsolutePath();

    @Test
    void accountsAndSessionsSurviveARestart() throws Exception {
        PackagedService.deleteRecursively(DATA);
        String phone = "09" + (10_000_000 + (System.nanoTime() % 89_999_999));
        String token;
        PackagedService first = PackagedService.start(DATA, "first", List.of());
        try {
            // production exposes the contract but neither a page to try it nor the metrics on its public port
            first.api().get("/q/openapi").then().statusCode(200);
            first.api().get("/q/swagger-ui/").then().statusCode(404);
            first.api().get("/q/metrics").then().statusCode(404);
            first.api().contentType(ContentType.JSON)
                    .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Sùng Thị Mỷ", "role", "SELLER"))
                    .post("/api/auth/register").then().statusCode(201);
            token = first.api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "mat-khau-tot"))
                    .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
        } finally {
            first.stop();
        }

        PackagedService second = PackagedService.start(DATA, "second", List.of());
        try {
            second.api().auth().oauth2(token).get("/api/me").then().statusCode(200).body("name",
                    equalTo("Sùng Thị Mỷ"));
            second.api().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", "mat-khau-tot"))
                    .post("/api/auth/login").then().statusCode(200);
            second.api().contentType(ContentType.JSON)
                    .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Ai đó", "role", "BUYER"))
                    .post("/api/auth/register").then().statusCode(409);
        } finally {
            second.stop();
        }
    }
}
