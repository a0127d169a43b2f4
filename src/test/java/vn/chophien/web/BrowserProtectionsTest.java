package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;

/** What every response tells the browser, and what a signed-in answer must never leave in a cache. */
@QuarkusTest
class BrowserProtectionsTest {

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() {
        given().get("/").then().statusCode(200).header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .header("Strict-Transport-Security", nullValue()) // plain http here: HSTS would lie
                .body(not(containsString("<script>"))).body(not(containsString(" onclick=")));
        given().get("/api/places/provinces").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void signedInAnswersAreNeverStored() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(200).header("Cache-Control",
                equalTo("no-store"));
        given().cookie("chophien_session", buyer.token()).get("/orders").then().statusCode(200).header("Cache-Control",
                equalTo("no-store"));
        given().contentType(ContentType.JSON)
                .body("{\"phone\":\"" + buyer.phone() + "\",\"password\":\"" + buyer.password() + "\"}")
                .post("/api/auth/login").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/").then().statusCode(200).header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void aSessionCookieNeedsTheCsrfTokenEvenBesideABearerToken() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().auth().oauth2(buyer.token()).cookie("chophien_session", buyer.token()).contentType(ContentType.JSON)
                .post("/api/auth/logout-everywhere").then().statusCode(403);
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(200);
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON).post("/api/auth/logout-everywhere").then()
                .statusCode(204);
    }
}
