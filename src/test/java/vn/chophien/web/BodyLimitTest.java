package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Only uploads take megabytes; every JSON endpoint, form and webhook stops at 64 KB, before reading the body. */
@QuarkusTest
class BodyLimitTest {

    @TestHTTPResource("/api/auth/login")
    URL login;

    @Test
    void aJsonBodyOver64KbIsRefusedNamingTheLimit() {
        given().contentType(ContentType.JSON).body(json(65 * 1024)).post("/api/auth/login").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("https://chophien.vn/problems/too-large"))
                .body("detail", equalTo("Nội dung gửi lên quá lớn: tối đa 64 KB.")).body("maxBytes", equalTo(65536));
        given().contentType(ContentType.JSON).body(json(60 * 1024)).post("/api/auth/login").then()
                .statusCode(not(equalTo(413)));
    }

    @Test
    void webhooksAndFormsHaveTheSameSmallLimit() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en").body(json(100 * 1024))
                .post("/webhooks/bank/credits").then().statusCode(413)
                .body("detail", equalTo("The request body is too large: 64 KB at most."));
        given().contentType(ContentType.URLENC).body("phone=" + "9".repeat(100 * 1024)).post("/login").then()
                .statusCode(413).contentType(containsString("text/html"));
    }

    @Test
    void photoAndScanUploadsKeepTheirTwelveMegabytes() {
        byte[] photo = new byte[2 * 1024 * 1024];
        // anonymous: past the size check, the resource asks who is sending it
        given().multiPart("file", "cam.jpg", photo, "image/jpeg").post("/api/products/1/photos").then().statusCode(401);
        given().multiPart("file", "scan.pdf", photo, "application/pdf").post("/api/ocop/certificates/1/scan").then()
                .statusCode(401);
    }

    @Test
    void aJsonBodyOfUnknownLengthIsRefused() throws Exception {
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(login.toString()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json(1024).getBytes())))
                .build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(chunked,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(411, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("64 KB"), answer.body());
    }

    private static String json(int size) {
        char[] filler = new char[size];
        Arrays.fill(filler, 'a');
        return "{\"phone\": \"0912345678\", \"password\": \"" + new String(filler) + "\"}";
    }
}
