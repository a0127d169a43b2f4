package vn.chophien.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** Behind https the cookies are Secure and host-only ({@code __Host-}), and browsers are told to stay on https. */
@QuarkusTest
@TestProfile(HttpsDeploymentTest.Https.class)
class HttpsDeploymentTest {

    public static class Https implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chophien.public-url", "https://chophien.example");
        }
    }

    @Test
    void sessionAndCsrfCookiesAreSecureAndHostPrefixed() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("phone", buyer.phone(), "password", buyer.password())).post("/api/auth/login");
        login.then().statusCode(200).header("Set-Cookie", startsWith("__Host-chophien_session="))
                .header("Set-Cookie", containsString("; Secure")).header("Set-Cookie", containsString("Path=/"));
        given().get("/").then().statusCode(200).header("Set-Cookie", startsWith("__Host-chophien_csrf="))
                .header("Set-Cookie", containsString("; Secure"))
                .header("Strict-Transport-Security", containsString("max-age=31536000"));
    }

    @Test
    void onlyTheHostPrefixedSessionCookieSignsIn() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().cookie("__Host-chophien_session", buyer.token()).get("/api/me").then().statusCode(200);
        // a plainly named cookie could have been planted by a neighbouring subdomain: it is not read
        given().cookie("chophien_session", buyer.token()).get("/api/me").then().statusCode(401);
    }
}
