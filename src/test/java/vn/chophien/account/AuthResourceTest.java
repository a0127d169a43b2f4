package vn.chophien.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class AuthResourceTest {

    @Test
    void registersABuyerWithTheNormalisedPhone() {
        String phone = TestAccounts.newPhone();
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "cam-vang-2026", "name", "Nguyễn Thị Mai", "role", "BUYER"))
                .when().post("/api/auth/register").then().statusCode(201).body("id", notNullValue())
                .body("phone", equalTo("+84" + phone.substring(1))).body("name", equalTo("Nguyễn Thị Mai"))
                .body("roles", containsInAnyOrder("BUYER")).body("passwordHash", nullValue());
    }

    @Test
    void theFivePhoneFormsLandOnOneAccount() {
        String digits = TestAccounts.newPhone().substring(1); // nine digits after the leading zero
        String spaced = "0" + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
        String dotted = spaced.replace(' ', '.');
        register(spaced, "SELLER").then().statusCode(201).body("phone", equalTo("+84" + digits));
        for (String form : List.of(dotted, "84" + digits, "+84" + digits, "0" + digits)) {
            register(form, "BUYER").then().statusCode(409).contentType("application/problem+json")
                    .body("status", equalTo(409)).body("detail", equalTo("Số điện thoại này đã được đăng ký."));
        }
        for (String form : List.of(spaced, dotted, "84" + digits, "+84" + digits)) {
            given().contentType(ContentType.JSON).body(Map.of("phone", form, "password", "mat-khau-tot"))
                    .post("/api/auth/login").then().statusCode(200);
        }
    }

    @Test
    void refusesSelfRegistrationAsStaffOrAdmin() {
        for (String role : List.of("ADMIN", "POSTAL_STAFF", "OCOP_OFFICER")) {
            register(TestAccounts.newPhone(), role).then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", containsInAnyOrder("role"));
        }
    }

    @Test
    void listsEveryInvalidFieldInVietnameseByDefault() {
        given().contentType(ContentType.JSON).body(Map.of("phone", "024 3822 1234", "password", "ngan", "name", " "))
                .when().post("/api/auth/register").then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors.field", containsInAnyOrder("phone", "password", "name", "role"))
                .body("errors.find { it.field == 'phone' }.message",
                        equalTo("Không phải số điện thoại di động Việt Nam."))
                .body("errors.find { it.field == 'password' }.message", equalTo("Mật khẩu cần ít nhất 8 ký tự."))
                .body("errors.find { it.field == 'role' }.message", equalTo("Bắt buộc."));
    }

    @Test
    void speaksEnglishWhenAsked() {
        given().contentType(ContentType.JSON).header("Accept-Language", "en-US,en;q=0.9")
                .body(Map.of("phone", "12345", "password", "mat-khau-tot", "name", "Mai", "role", "BUYER")).when()
                .post("/api/auth/register").then().statusCode(400).body("detail", equalTo("Some fields are not valid."))
                .body("errors[0].field", equalTo("phone"))
                .body("errors[0].message", equalTo("Not a Vietnamese mobile number."));
    }

    @Test
    void namesAWrongEnumValueAsAFieldError() {
        register(TestAccounts.newPhone(), "KING").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("role"));
    }

    @Test
    void storesVietnameseTextExactlyAndInComposedForm() {
        String decomposed = Normalizer.normalize("Hợp tác xã Chè Shan tuyết Lũng Phìn", Normalizer.Form.NFD);
        String phone = TestAccounts.newPhone();
        given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", decomposed, "role", "SELLER"))
                .post("/api/auth/register").then().statusCode(201);
        String token = TestAccounts.token(phone, "mat-khau-tot");
        String stored = given().auth().oauth2(token).get("/api/me").then().statusCode(200).extract().path("name");
        assertEquals("Hợp tác xã Chè Shan tuyết Lũng Phìn", stored);
        assertEquals(Normalizer.normalize(stored, Normalizer.Form.NFC), stored);
    }

    @Test
    void signInGivesATokenAndAnHttpOnlySessionCookie() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("phone", buyer.phone(), "password", buyer.password())).post("/api/auth/login");
        login.then().statusCode(200).body("accessToken", notNullValue()).body("expiresIn", equalTo(3600));
        String setCookie = login.getHeader("Set-Cookie");
        assertContains(setCookie, "chophien_session=");
        assertContains(setCookie, "HttpOnly");
        assertContains(setCookie, "SameSite=Lax");
        assertContains(setCookie, "Path=/");

        given().cookie("chophien_session", login.getCookie("chophien_session")).get("/api/me").then().statusCode(200)
                .body("id", equalTo((int) buyer.id())).body("phone", equalTo("+84" + buyer.phone().substring(1)))
                .body("roles", containsInAnyOrder("BUYER")).body("$", not(hasKey("sellerId")));
    }

    @Test
    void signOutClearsTheCookie() {
        String setCookie = given().contentType(ContentType.JSON).post("/api/auth/logout").then().statusCode(204)
                .extract().header("Set-Cookie");
        assertContains(setCookie, "chophien_session=;");
        assertContains(setCookie, "Max-Age=0");
    }

    @Test
    void meNeedsASignedInAccount() {
        given().get("/api/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
    }

    @Test
    void wrongPasswordIsA401WithoutSayingWhichPartWasWrong() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String from = TestAccounts.address();
        String unknownPhone = given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "password", "mat-khau-sai")).post("/api/auth/login")
                .then().statusCode(401).extract().path("detail");
        String wrongPassword = given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("phone", buyer.phone(), "password", "mat-khau-sai")).post("/api/auth/login").then()
                .statusCode(401).extract().path("detail");
        assertEquals(unknownPhone, wrongPassword);
    }

    @Test
    void fiveFailuresLockThePhoneWithRetryAfter() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String from = TestAccounts.address();
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                    .body(Map.of("phone", buyer.phone(), "password", "doan-mo-" + i)).post("/api/auth/login").then()
                    .statusCode(401);
        }
        // Even the right password waits now: the lock is on the phone, not on the guess.
        given().contentType(ContentType.JSON).body(Map.of("phone", buyer.phone(), "password", buyer.password()))
                .post("/api/auth/login").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("\\d+")).body("detail", containsString("phút"));
        int retryAfter = Integer.parseInt(given().contentType(ContentType.JSON)
                .body(Map.of("phone", "+84" + buyer.phone().substring(1), "password", buyer.password()))
                .post("/api/auth/login").then().statusCode(429).extract().header("Retry-After"));
        assertThat(retryAfter, greaterThan(0));
        assertThat(retryAfter, lessThanOrEqualTo(15 * 60));
        // Another phone is not affected.
        TestAccounts.SignedIn other = TestAccounts.buyer();
        given().contentType(ContentType.JSON).body(Map.of("phone", other.phone(), "password", other.password()))
                .post("/api/auth/login").then().statusCode(200);
    }

    @Test
    void aSuccessfulSignInForgetsEarlierFailures() {
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String from = TestAccounts.address();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                        .body(Map.of("phone", buyer.phone(), "password", "sai-" + i)).post("/api/auth/login").then()
                        .statusCode(401);
            }
            given().contentType(ContentType.JSON).body(Map.of("phone", buyer.phone(), "password", buyer.password()))
                    .post("/api/auth/login").then().statusCode(200);
        }
    }

    @Test
    void theFirstAdminComesFromConfiguration() {
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/me").then().statusCode(200)
                .body("roles", hasItem("ADMIN")).body("roles", hasSize(1));
    }

    private static Response register(String phone, String role) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-tot", "name", "Lò Văn Páo", "role", role))
                .post("/api/auth/register");
    }

    private static void assertContains(String text, String part) {
        assertTrue(text != null && text.contains(part), () -> "expected «" + part + "» in «" + text + "»");
    }
}
