package vn.chophien;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.LoginThrottle;
import vn.chophien.account.TestAccounts;
import vn.chophien.cart.CartService;
import vn.chophien.catalog.TestShops;
import vn.chophien.idempotency.Idempotency;
import vn.chophien.order.TestOrders;

/** What is only kept for a while goes: old sign-in counts, visitors' carts left for a month, day-old retry records. */
@QuarkusTest
class HousekeepingTest {

    @Inject
    AgroalDataSource database;
    @Inject
    LoginThrottle throttle;
    @Inject
    CartService carts;
    @Inject
    Idempotency idempotency;

    @Test
    void staleRowsArePurgedAndFreshOnesKept() throws Exception {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 10);
        long variant = tea.variantIds().get(0);
        // a visitor's cart, left a month and a day ago, and a fresh one
        String old = given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", 1))
                .post("/api/cart/items").then().statusCode(200).extract().cookie("chophien_cart");
        String fresh = given().contentType(ContentType.JSON).body(Map.of("variantId", variant, "quantity", 1))
                .post("/api/cart/items").then().statusCode(200).extract().cookie("chophien_cart");
        update("UPDATE cart SET updated_at = NOW(6) - INTERVAL 31 DAY WHERE cookie_token = ?", old);
        // a failed sign-in of half an hour ago
        String address = TestAccounts.address();
        given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("phone", TestAccounts.newPhone(), "password", "mat-khau-sai")).post("/api/auth/login")
                .then().statusCode(401);
        update("UPDATE login_throttle SET last_failure = NOW(6) - INTERVAL 30 MINUTE WHERE throttle_key = ?",
                "addr:" + address);
        // an order placed with a key a day and an hour ago
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String key = UUID.randomUUID().toString();
        TestOrders.place(buyer, key, TestOrders.order("COD", TestOrders.BA_DINH, variant, 1)).then().statusCode(201);
        update("UPDATE idempotency_record SET created_at = NOW(6) - INTERVAL 25 HOUR WHERE idem_key = ?", key);

        Instant now = Instant.now();
        carts.purgeAbandoned(now);
        throttle.purge(now);
        idempotency.purgeExpired(now);

        assertEquals(0, count("SELECT COUNT(*) FROM cart WHERE cookie_token = ?", old));
        assertEquals(1, count("SELECT COUNT(*) FROM cart WHERE cookie_token = ?", fresh));
        assertEquals(0, count("SELECT COUNT(*) FROM login_throttle WHERE throttle_key = ?", "addr:" + address));
        assertEquals(0, count("SELECT COUNT(*) FROM idempotency_record WHERE idem_key = ?", key));
    }

    private void update(String sql, String value) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            assertEquals(1, s.executeUpdate(), sql);
        }
    }

    private long count(String sql, String value) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
