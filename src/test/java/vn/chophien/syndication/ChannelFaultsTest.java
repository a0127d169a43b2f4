package vn.chophien.syndication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.integrations.common.PartnerSettings;
import vn.chophien.integrations.voso.VosoConfig;
import vn.chophien.notification.TestNotices;

/**
 * A partner that fails the ways partners do: nothing is lost (the listing gets there once the partner is back) and
 * nothing is duplicated at the partner (it created the listing once).
 */
@QuarkusTest
class ChannelFaultsTest {

    @Inject
    EntityManager em;

    @Inject
    VosoConfig voso;

    @AfterEach
    void heal() {
        for (String simulator : List.of(TestChannels.postmart(), TestChannels.voso(), TestChannels.sendo())) {
            TestChannels.clearFaults(simulator);
        }
    }

    static TestShops.Shop shop() {
        return TestShops.open("HTX Đặc Sản " + TestShops.word(), TestShops.BAC_QUANG);
    }

    static TestShops.Listing product(TestShops.Shop shop) {
        return TestShops.published(shop, "Thịt trâu gác bếp " + TestShops.word(), "MEAT_FISH",
                ListingSyncTest.DESCRIPTION, new TestShops.Pack("gói 500 g", 500, 390_000, 25));
    }

    @Test
    void aPartnerAnswering503ForAWhileGetsTheListingOnceItRecovers() {
        long retriedBefore = figure("VOSO", "retried");
        TestChannels.fault(TestChannels.voso(),
                Map.of("mode", "UNAVAILABLE", "requests", 4, "path", "/v1/shop/listings"));
        TestShops.Shop shop = shop();
        TestShops.Listing listing = product(shop);

        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        assertEquals(1, TestChannels.atVoso(listing.id()).jsonPath().getInt("creations"));
        assertTrue(figure("VOSO", "retried") >= retriedBefore + 3, "the policy retried through the outage");
    }

    @Test
    void aPartnerThatNeverAnswersTimesOutAndIsTriedAgain() {
        TestChannels.fault(TestChannels.sendo(), Map.of("mode", "TIMEOUT", "requests", 1, "path", "/product/list"));
        TestShops.Shop shop = shop();
        TestShops.Listing listing = product(shop);

        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        assertEquals(1, TestChannels.atSendo(listing.id()).jsonPath().getInt("creations"));
    }

    @Test
    void anHoursRetryAfterWaitsInTheOutboxWithoutHoldingUpAnythingElse() {
        TestChannels.fault(TestChannels.postmart(),
                Map.of("mode", "RATE_LIMITED", "requests", 1, "retryAfterSeconds", 3600, "path", "/products/upsert"));
        TestShops.Shop shop = shop();
        TestShops.Listing first = product(shop);

        await().atMost(TestChannels.PATIENCE).until(() -> attempts("postmart", first.id()) == 1);
        long waits = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(6), next_attempt_at) FROM outbox_event"
                        + " WHERE topic = 'postmart-listing-sync' AND event_key = ?1 AND status = 'PENDING'")
                .setParameter(1, "product-" + first.id()).getSingleResult()).longValue());
        assertTrue(waits > 3500, "waits as long as Postmart asked, in the outbox: " + waits + " s");

        long started = System.nanoTime();
        given().get("/q/health/live").then().statusCode(200);
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(5).toNanos(), "the service answers at once");
        TestShops.Listing second = product(shop);
        TestChannels.awaitEverywhere(shop.owner().token(), second.id(), "SYNCED");
        assertEquals("PENDING", TestChannels.states(shop.owner().token(), first.id()).get("POSTMART"));
        assertEquals(404, TestChannels.atPostmart(first.id()).statusCode(), "not sent again before its time");
    }

    @Test
    void aRefusedListingIsRecordedShownToItsSellerAndNotRetriedForever() throws Exception {
        TestChannels.fault(TestChannels.postmart(), Map.of("mode", "REJECT", "requests", 1, "message",
                "Ảnh sản phẩm không rõ nét", "path", "/products/upsert"));
        TestShops.Shop shop = shop();
        TestShops.Listing listing = product(shop);

        await().atMost(TestChannels.PATIENCE)
                .until(() -> "FAILED".equals(TestChannels.states(shop.owner().token(), listing.id()).get("POSTMART")));
        given().auth().oauth2(shop.owner().token()).get("/api/products/" + listing.id() + "/channels").then()
                .body("find { it.channel == 'POSTMART' }.lastError", containsString("Ảnh sản phẩm không rõ nét"));
        assertEquals(1, attempts("postmart", listing.id()));
        Thread.sleep(3000);
        assertEquals(1, attempts("postmart", listing.id()), "a refusal is not retried");
        assertEquals("FAILED",
                QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT status FROM outbox_event WHERE topic = 'postmart-listing-sync' AND event_key = ?1")
                        .setParameter(1, "product-" + listing.id()).getSingleResult()),
                "a dead letter at once");
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/syndication/failures").then().statusCode(200)
                .body("find { it.key == 'product-" + listing.id() + "' }.lastError",
                        containsString("Postmart: Ảnh sản phẩm không rõ nét"));
        assertTrue(TestNotices.awaitTotal(shop.owner().token(), 1).getString("items[0].text")
                .contains("Ảnh sản phẩm không rõ nét"));
        String page = given().auth().oauth2(shop.owner().token()).get("/seller/products/" + listing.id()).then()
                .statusCode(200).extract().asString();
        assertTrue(page.contains("lỗi: Ảnh sản phẩm không rõ nét"), "shown on the product's page");
    }

    @Test
    void noSecondHasMoreCallsThanTheChannelsRate() {
        TestShops.Shop shop = shop();
        TestShops.Listing listing = TestShops.published(shop, "Mận hậu Bắc Hà " + TestShops.word(), "FRUIT",
                ListingSyncTest.DESCRIPTION, new TestShops.Pack("hộp 2 kg", 2_000, 80_000, 200));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        long since = System.currentTimeMillis();
        int orders = 3 * voso.ratePerSecond();
        for (int i = 0; i < orders; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("packKey", "cp-v" + listing.variantIds().get(0), "quantity", 1, "price", 80_000))
                    .post(TestChannels.voso() + "/_sim/orders").then().statusCode(201);
        }
        // each order is answered with a call of its own, and each stock change is sent too
        await().atMost(TestChannels.PATIENCE).until(() -> TestChannels.requests(TestChannels.voso(), "/decision")
                .stream().filter(at -> at >= since).count() == orders);

        List<Long> calls = TestChannels.requests(TestChannels.voso(), "/v1/shop/").stream().filter(at -> at >= since)
                .sorted().toList();
        int busiest = 0;
        for (int i = 0; i < calls.size(); i++) {
            int j = i;
            while (j < calls.size() && calls.get(j) - calls.get(i) < 1000) {
                j++;
            }
            busiest = Math.max(busiest, j - i);
        }
        assertTrue(calls.size() > voso.ratePerSecond(), "enough calls to measure: " + calls.size());
        assertTrue(busiest <= voso.ratePerSecond(), busiest + " calls in one second, over " + voso.ratePerSecond());
        PartnerSettings.Simulator simulator = voso.simulator();
        assertTrue(simulator.ratePerSecond() > voso.ratePerSecond(), "the simulator would have refused more");
    }

    private static long figure(String channel, String name) {
        return given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/channels").then().statusCode(200)
                .extract().jsonPath().getLong("find { it.channel == '" + channel + "' }." + name);
    }

    private int attempts(String partner, long productId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery(
                        "SELECT COALESCE(MAX(attempts), 0) FROM outbox_event" + " WHERE topic = ?1 AND event_key = ?2")
                .setParameter(1, partner + "-listing-sync").setParameter(2, "product-" + productId).getSingleResult())
                .intValue());
    }
}
