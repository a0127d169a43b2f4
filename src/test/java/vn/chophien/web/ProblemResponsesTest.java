package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every failure under /api is a problem+json a client can read, and none gives away internals. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void malformedJsonIs400() {
        given().contentType(ContentType.JSON).body("{\"phone\": \"0912").post("/api/auth/register").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://chophien.vn/problems/malformed-json"))
                .body("detail", equalTo("Nội dung JSON không đọc được.")).body(not(containsString("jackson")));
    }

    @Test
    void aMissingBodyIsAFieldError() {
        given().contentType(ContentType.JSON).post("/api/auth/login").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("body"));
    }

    @Test
    void aWrongJsonTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("{\"phone\": [1], \"password\": \"x\"}").post("/api/auth/login")
                .then().statusCode(400).body("errors[0].field", equalTo("phone"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithTheLimitNamed() {
        byte[] photo = new byte[13 * 1024 * 1024];
        given().contentType("application/octet-stream").body(photo).post("/api/products/1/photos").then()
                .statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://chophien.vn/problems/too-large"))
                .body("detail", equalTo("Nội dung gửi lên quá lớn: tối đa 12 MB."));
        given().header("Accept-Language", "en").contentType("application/octet-stream").body(photo)
                .post("/api/products/1/photos").then().statusCode(413)
                .body("detail", equalTo("The request body is too large: 12 MB at most."));
        given().contentType("application/octet-stream").body(photo).post("/seller/products/1/photos").then()
                .statusCode(413).contentType(containsString("text/html"))
                .body(containsString("Nội dung gửi lên quá lớn: tối đa 12 MB."));
    }

    @Test
    void anUnknownPathIs404ProblemJson() {
        given().get("/api/khong-co-gi-o-day").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("title", equalTo("Không tìm thấy"));
        given().contentType(ContentType.JSON).body("{}").post("/api/nothing/here").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIs405ProblemJson() {
        given().get("/api/auth/login").then().statusCode(405).contentType("application/problem+json").body("status",
                equalTo(405));
    }

    @Test
    void anUnexpectedFailureIs500WithAnIdAndNoInternals() {
        given().header("Accept-Language", "en").get("/api/test-only/failure").then().statusCode(500)
                .contentType("application/problem+json").body("status", equalTo(500)).body("errorId", notNullValue())
                .body("detail", matchesPattern("Something went wrong\\. Error id: [0-9a-f-]+\\."))
                .body(not(containsString("SELECT"))).body(not(containsString("IllegalStateException")))
                .body(not(containsString("at vn.chophien")));
    }
}
