package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Field errors speak the language the visitor chose with the switch in the header, like the rest of the answer. */
@QuarkusTest
class ValidationLocaleTest {

    private static final Map<String, String> NAMELESS = Map.of("phone", "0912345678", "password", "mat-khau-tot",
            "name", " ", "role", "BUYER");

    @Test
    void theLanguageCookieChoosesTheLanguageOfFieldErrors() {
        given().cookie("lang", "en").header("Accept-Language", "vi").contentType(ContentType.JSON).body(NAMELESS)
                .post("/api/auth/register").then().statusCode(400).body("detail", equalTo("Some fields are not valid."))
                .body("errors[0].field", equalTo("name")).body("errors[0].message", equalTo("Must not be blank."));
        given().cookie("lang", "vi").header("Accept-Language", "en").contentType(ContentType.JSON).body(NAMELESS)
                .post("/api/auth/register").then().statusCode(400)
                .body("errors[0].message", equalTo("Không được để trống."));
    }

    @Test
    void withoutACookieAcceptLanguageDecidesAndVietnameseIsTheDefault() {
        given().header("Accept-Language", "en-GB,en;q=0.8").contentType(ContentType.JSON).body(NAMELESS)
                .post("/api/auth/register").then().statusCode(400)
                .body("errors[0].message", equalTo("Must not be blank."));
        given().contentType(ContentType.JSON).body(NAMELESS).post("/api/auth/register").then().statusCode(400)
                .body("errors[0].message", equalTo("Không được để trống."));
    }
}
