package vn.chophien.account;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

/** Accounts for tests, made through the API as a user would, each with a phone no other test uses. */
public final class TestAccounts {

    public static final String ADMIN_PHONE = "0900000009";
    public static final String ADMIN_PASSWORD = "test-admin-password";

    private TestAccounts() {
    }

    /** A signed-up account and its bearer token. */
    public record SignedIn(long id, String phone, String password, String token) {
    }

    /** A phone number of the 09x range in local form, unique enough for one test run. */
    public static String newPhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /**
     * A client address of its own (sent as X-Forwarded-For; the tests' proxy, 127.0.0.1, is trusted), so that the
     * failed sign-ins of one test never use up another's allowance.
     */
    public static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    public static SignedIn buyer() {
        return registered("BUYER");
    }

    public static SignedIn seller() {
        return registered("SELLER");
    }

    public static SignedIn registered(String role) {
        String phone = newPhone();
        String password = "mat-khau-" + phone;
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password, "name", "Người dùng " + phone, "role", role))
                .post("/api/auth/register").then().statusCode(201).extract().jsonPath().getLong("id");
        return new SignedIn(id, phone, password, token(phone, password));
    }

    /** The password of accounts made by {@link #registerNamed}. */
    public static final String PASSWORD = "mat-khau-tot";

    /** Registers a buyer under a given name, for tests about how names are shown. */
    public static long registerNamed(String phone, String name) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", PASSWORD, "name", name, "role", "BUYER"))
                .post("/api/auth/register").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String adminToken() {
        return token(ADMIN_PHONE, ADMIN_PASSWORD);
    }

    public static String token(String phone, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("phone", phone, "password", password))
                .post("/api/auth/login").then().statusCode(200).extract().path("accessToken");
    }
}
