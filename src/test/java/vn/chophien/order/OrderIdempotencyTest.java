package vn.chophien.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/** A phone on a bad connection retries its checkout; the buyer gets one order, never two. */
@QuarkusTest
class OrderIdempotencyTest {

    @Inject
    EntityManager em;

    @Test
    void theSameKeyAndBodyReplayTheFirstAnswerAndOrderOnce() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 10);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 2);
        String first = TestOrders.place(buyer, key, body).then().statusCode(201).extract().asString();
        String again = TestOrders.place(buyer, key, body).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().asString();
        assertEquals(first, again);
        assertEquals(8, TestOrders.stockOf(tea.id(), tea.variantIds().get(0)));
        given().auth().oauth2(buyer.token()).get("/api/orders").then().body("total", equalTo(1));

        TestOrders.place(buyer, key, TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 3)).then()
                .statusCode(422).body("type", equalTo("https://chophien.vn/problems/idempotency-key-reused"));
        // keys belong to their buyer: another buyer's same key is a new order
        TestOrders.place(TestAccounts.buyer(), key, body).then().statusCode(201);
        assertEquals(6, TestOrders.stockOf(tea.id(), tea.variantIds().get(0)));
    }

    @Test
    void aDuplicateArrivingWhileTheFirstIsStillRunningIsAConflict() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 10);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 1);
        // the first request has claimed the key (on this or another copy of the service) and not answered yet
        TestOrders.place(buyer, key, body).then().statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE idempotency_record SET status = NULL, response_body = NULL, created_at = ?1"
                        + " WHERE account_id = ?2 AND idem_key = ?3")
                .setParameter(1, Instant.now()).setParameter(2, buyer.id()).setParameter(3, key).executeUpdate());
        TestOrders.place(buyer, key, body).then().statusCode(409).body("type",
                equalTo("https://chophien.vn/problems/idempotency-in-flight"));
    }

    @Test
    void aRefusedOrderIsNotRememberedSoTheRetryCanSucceed() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 1);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 2);
        TestOrders.place(buyer, key, body).then().statusCode(409);
        TestOrders.place(buyer, key, body).then().statusCode(409);
        assertEquals(1, TestOrders.stockOf(tea.id(), tea.variantIds().get(0)));
    }
}
