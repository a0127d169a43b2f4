package vn.chophien.account;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Signing out ends the session on the server: a copied token is worthless from then on. */
@QuarkusTest
class SessionRevocationTest {

    @Inject
    AgroalDataSource database;

    @Test
    void signingOutEndsTheSessionAtOnce() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(200);
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON).post("/api/auth/logout").then()
                .statusCode(204);
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(401);
        given().redirects().follow(false).cookie("chophien_session", buyer.token()).get("/orders").then()
                .statusCode(303);
    }

    @Test
    void signingOutOfThePageEndsItsSession() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Response page = given().cookie("chophien_session", buyer.token()).get("/");
        String csrf = page.getCookie("chophien_csrf");
        given().redirects().follow(false).cookie("chophien_session", buyer.token()).cookie("chophien_csrf", csrf)
                .formParam("csrf-token", csrf).post("/logout").then().statusCode(303);
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(401);
    }

    @Test
    void signingOutEverywhereEndsEverySession() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String phone = TestAccounts.token(buyer.phone(), buyer.password());
        given().auth().oauth2(phone).get("/api/me").then().statusCode(200);
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON).post("/api/auth/logout-everywhere").then()
                .statusCode(204);
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(401);
        given().auth().oauth2(phone).get("/api/me").then().statusCode(401);
        String fresh = TestAccounts.token(buyer.phone(), buyer.password());
        given().auth().oauth2(fresh).get("/api/me").then().statusCode(200);
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEndsEverySession() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String other = TestAccounts.token(buyer.phone(), buyer.password());
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "khong-phai-mat-khau", "newPassword", "mat-khau-moi-2027"))
                .post("/api/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", buyer.password(), "newPassword", "iloveyou")).post("/api/me/password")
                .then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(200);

        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", buyer.password(), "newPassword", "mat-khau-moi-2027"))
                .post("/api/me/password").then().statusCode(204);
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(401);
        given().auth().oauth2(other).get("/api/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("phone", buyer.phone(), "password", buyer.password()))
                .header("X-Forwarded-For", TestAccounts.address()).post("/api/auth/login").then().statusCode(401);
        TestAccounts.token(buyer.phone(), "mat-khau-moi-2027");
    }

    @Test
    void aSessionEndedByAnotherCopyOfTheServiceIsRefusedWithinSeconds() throws Exception {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().auth().oauth2(buyer.token()).get("/api/me").then().statusCode(200); // now in this copy's cache
        // Another copy signs the buyer out: it writes the database, nothing reaches this copy's memory.
        try (Connection c = database.getConnection();
                PreparedStatement end = c
                        .prepareStatement("UPDATE account_session SET revoked_at = NOW(6) WHERE account_id = ?")) {
            end.setLong(1, buyer.id());
            end.executeUpdate();
        }
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(buyer.token()).get("/api/me").statusCode() == 401);
    }
}
