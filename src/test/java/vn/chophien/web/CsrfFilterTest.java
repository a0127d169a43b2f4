package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;

/** What a browser sends on its own must carry the CSRF token; a Bearer-token client is not asked for it. */
@QuarkusTest
class CsrfFilterTest {

    @Test
    void aCookieAuthenticatedCallWithoutTheTokenIsRefused() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().cookie("chophien_session", buyer.token()).contentType(ContentType.JSON).post("/api/auth/logout").then()
                .statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void theSameCallWithTheTokenInTheHeaderPasses() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String csrf = given().get("/").then().extract().cookie("chophien_csrf");
        given().cookie("chophien_session", buyer.token()).cookie("chophien_csrf", csrf).header("X-CSRF-Token", csrf)
                .contentType(ContentType.JSON).post("/api/auth/logout").then().statusCode(204);
        given().cookie("chophien_session", buyer.token()).cookie("chophien_csrf", csrf)
                .header("X-CSRF-Token", "AAAAAAAAAAAAAAAAAAAAAA").contentType(ContentType.JSON).post("/api/auth/logout")
                .then().statusCode(403);
    }

    @Test
    void bearerClientsPostFormsWithoutAToken() {
        TestAccounts.SignedIn seller = TestAccounts.seller();
        // No such product: the request gets past CSRF to the resource, which answers 404.
        given().auth().oauth2(seller.token()).multiPart("file", "x.png", new byte[]{1, 2, 3}, "image/png")
                .post("/api/products/999999999/photos").then().statusCode(404);
    }
}
