package vn.chophien.syndication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.camel.CamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.ocop.BadgeLapses;
import vn.chophien.order.TestOrders;
import vn.chophien.outbox.Outbox;
import vn.chophien.outbox.OutboxRelayRoutes;
import vn.chophien.web.VietnamClock;

/** A seller lists once and is on Postmart, Voso and Sendo with one stock count, within seconds of each change. */
@QuarkusTest
class ListingSyncTest {

    static final String DESCRIPTION = "Cam vàng Bắc Quang chín cây, vỏ mỏng, mọng nước, hái trong ngày.";

    @Inject
    CamelContext camel;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    BadgeLapses lapses;

    @Test
    void aPublishedProductIsOnEveryChannelWithItsPacksStockAndVersion() {
        TestShops.Shop shop = TestShops.open("HTX Cam Vàng " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Cam Vàng Bắc Quang loại một", "FRUIT", DESCRIPTION,
                new TestShops.Pack("thùng 10 kg", 10_000, 350_000, 40),
                new TestShops.Pack("hộp 3 kg", 3_000, 120_000, 15));

        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");

        JsonPath postmart = TestChannels.atPostmart(listing.id()).then().statusCode(200).extract().jsonPath();
        assertEquals("ACTIVE", postmart.getString("status"));
        assertEquals(55, postmart.getInt("stock"));
        assertEquals(120_000, postmart.getLong("price"), "Postmart shows the lowest pack's price");
        assertEquals("101", postmart.getString("category_id"), "FRUIT maps to Postmart's fruit category");
        assertEquals(List.of("cp-v" + listing.variantIds().get(0), "cp-v" + listing.variantIds().get(1)),
                postmart.getList("variants.sku"));
        assertEquals(1, postmart.getInt("creations"));
        JsonPath voso = TestChannels.atVoso(listing.id()).then().statusCode(200).extract().jsonPath();
        assertTrue(voso.getBoolean("active"));
        assertEquals(List.of(40, 15), voso.getList("packs.stock", Integer.class));
        JsonPath sendo = TestChannels.atSendo(listing.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(55, sendo.getInt("stock_quantity"));
        assertTrue(sendo.getString("description").contains("Xuất xứ: Tuyên Quang"), sendo.getString("description"));
        assertEquals(postmart.getLong("version"), voso.getLong("version"), "one revision for every channel");

        given().get("/api/products/" + listing.id()).then().statusCode(200).body("channels.channel",
                containsInAnyOrder("POSTMART", "SENDO", "VOSO"));
    }

    @Test
    void aPausedProductIsTakenDownEverywhereAndPublishedAgainComesBack() {
        TestShops.Shop shop = TestShops.open("HTX Chè " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Chè Shan tuyết Lũng Phìn", "TEA", DESCRIPTION,
                new TestShops.Pack("gói 200 g", 200, 180_000, 30));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");

        given().auth().oauth2(shop.owner().token()).post("/api/products/" + listing.id() + "/pause").then()
                .statusCode(200);
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "DELISTED");
        assertEquals("INACTIVE", TestChannels.atPostmart(listing.id()).jsonPath().getString("status"));
        assertFalse(TestChannels.atVoso(listing.id()).jsonPath().getBoolean("active"));
        assertFalse(TestChannels.atSendo(listing.id()).jsonPath().getBoolean("stock_availability"));

        given().auth().oauth2(shop.owner().token()).post("/api/products/" + listing.id() + "/publish").then()
                .statusCode(200);
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        assertEquals(1, TestChannels.atSendo(listing.id()).jsonPath().getInt("creations"), "updated, not re-created");
    }

    @Test
    void aSaleHereLowersTheStockEverywhereAndASellOutShowsNoneLeft() {
        TestShops.Shop shop = TestShops.open("Hộ Mật Ong " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Mật ong bạc hà Mèo Vạc", "HONEY", DESCRIPTION,
                new TestShops.Pack("chai 500 ml", 700, 250_000, 3));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");

        TestOrders
                .place(TestAccounts.buyer(),
                        TestOrders.order("COD", TestOrders.BA_DINH, listing.variantIds().get(0), 3))
                .then().statusCode(201);

        await().atMost(TestChannels.PATIENCE)
                .until(() -> TestChannels.atPostmart(listing.id()).jsonPath().getInt("stock") == 0
                        && TestChannels.atVoso(listing.id()).jsonPath().getInt("packs[0].stock") == 0
                        && TestChannels.atSendo(listing.id()).jsonPath().getInt("stock_quantity") == 0);
        assertFalse(TestChannels.atSendo(listing.id()).jsonPath().getBoolean("stock_availability"),
                "Sendo shows it out of stock");
    }

    @Test
    void tenStockChangesWaitingTogetherGoOutAsOneUpdateOfTheLatestCount() throws Exception {
        TestShops.Shop shop = TestShops.open("HTX Gạo " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Gạo nếp nương Hoàng Su Phì", "RICE_GRAINS", DESCRIPTION,
                new TestShops.Pack("túi 2 kg", 2_000, 90_000, 50));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        int sendsBefore = TestChannels.atPostmart(listing.id()).jsonPath().getInt("sends");

        camel.getRouteController().stopRoute(OutboxRelayRoutes.RELAY);
        try {
            for (int i = 0; i < 10; i++) {
                // a buyer may hold only a few open cash-on-delivery orders: ten neighbours order one box each
                TestOrders
                        .place(TestAccounts.buyer(),
                                TestOrders.order("COD", TestOrders.BA_DINH, listing.variantIds().get(0), 1))
                        .then().statusCode(201);
            }
        } finally {
            camel.getRouteController().startRoute(OutboxRelayRoutes.RELAY);
        }

        await().atMost(TestChannels.PATIENCE)
                .until(() -> TestChannels.atPostmart(listing.id()).jsonPath().getInt("stock") == 40);
        Thread.sleep(1000); // anything else on its way would have arrived
        assertEquals(sendsBefore + 1, TestChannels.atPostmart(listing.id()).jsonPath().getInt("sends"),
                "ten changes, one update");
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
    }

    @Test
    void aVersionTheChannelAlreadyHoldsIsNotSentAgain() {
        TestShops.Shop shop = TestShops.open("HTX Cà Phê " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Cà phê Robusta Chư Sê", "COFFEE", DESCRIPTION,
                new TestShops.Pack("gói 500 g", 500, 150_000, 20));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        int sends = TestChannels.atVoso(listing.id()).jsonPath().getInt("sends");

        long event = QuarkusTransaction.requiringNew().call(() -> {
            outbox.publishAll(List.of(new Outbox.Event(Channels.listingTopic("VOSO"), "product-" + listing.id(),
                    Map.of("productId", listing.id()))));
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM outbox_event").getSingleResult()).longValue();
        });

        await().atMost(TestChannels.PATIENCE)
                .until(() -> "DELIVERED".equals(QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("SELECT status FROM outbox_event WHERE id = ?1")
                                .setParameter(1, event).getSingleResult())));
        assertEquals(sends, TestChannels.atVoso(listing.id()).jsonPath().getInt("sends"));
    }

    @Test
    void theSellerChoosesItsChannelsAndOnlyItsSellerOrAnAdminSeesThem() {
        TestShops.Shop shop = TestShops.open("Hộ Thổ Cẩm " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Khăn thổ cẩm Lô Lô Chải", "TEXTILES", DESCRIPTION,
                new TestShops.Pack("chiếc", 200, 220_000, 8));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");

        given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("channels", List.of("VOSO"))).put("/api/products/" + listing.id() + "/channels").then()
                .statusCode(200);
        await().atMost(TestChannels.PATIENCE).until(() -> TestChannels.states(shop.owner().token(), listing.id())
                .equals(Map.of("POSTMART", "DELISTED", "SENDO", "DELISTED", "VOSO", "SYNCED")));
        assertEquals("INACTIVE", TestChannels.atPostmart(listing.id()).jsonPath().getString("status"));
        given().auth().oauth2(shop.owner().token()).get("/api/products/" + listing.id() + "/channels").then()
                .body("find { it.channel == 'POSTMART' }.wanted", equalTo(false))
                .body("find { it.channel == 'VOSO' }.wanted", equalTo(true));

        String path = "/api/products/" + listing.id() + "/channels";
        given().get(path).then().statusCode(401);
        given().auth().oauth2(TestAccounts.buyer().token()).get(path).then().statusCode(403);
        given().auth().oauth2(TestAccounts.seller().token()).get(path).then().statusCode(404);
        given().auth().oauth2(TestAccounts.adminToken()).get(path).then().statusCode(200);
        given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("channels", List.of("LAZADA"))).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("channels"));
    }

    @Test
    void theOcopBadgeReachesTheChannelsWhenVerifiedAndLeavesThemWhenItLapses() {
        TestShops.Shop shop = TestShops.open("HTX Cam Vàng " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Cam Vàng Bắc Quang đặc biệt", "FRUIT", DESCRIPTION,
                new TestShops.Pack("thùng 10 kg", 10_000, 380_000, 10));
        TestShops.certify(shop, listing, 4, "08");
        await().atMost(TestChannels.PATIENCE).until(
                () -> Integer.valueOf(4).equals(TestChannels.atPostmart(listing.id()).jsonPath().get("ocop_stars")));

        LocalDate yesterday = LocalDate.now(VietnamClock.ZONE).minusDays(1);
        QuarkusTransaction.requiringNew()
                .run(() -> em
                        .createNativeQuery("UPDATE ocop_certificate c"
                                + " JOIN ocop_certificate_product p ON p.certificate_id = c.id SET c.expires_on = ?1"
                                + " WHERE p.product_id = ?2")
                        .setParameter(1, yesterday).setParameter(2, listing.id()).executeUpdate());
        assertTrue(lapses.announceLapsedOn(yesterday) >= 1);

        // Each channel has its own lane: they learn of the lapse independently.
        await().atMost(TestChannels.PATIENCE)
                .until(() -> TestChannels.atPostmart(listing.id()).jsonPath().get("ocop_stars") == null);
        await().atMost(TestChannels.PATIENCE)
                .until(() -> TestChannels.atVoso(listing.id()).jsonPath().get("ocop_stars") == null);
    }

    @Test
    void everyPartnerRouteRunsUnderTheSharedPolicy() {
        assertTrue(((ModelCamelContext) camel).getRouteConfigurationDefinition(PartnerPolicy.ID) != null);
        for (String code : List.of("POSTMART", "VOSO", "SENDO")) {
            assertEquals(PartnerPolicy.ID, camel.getRoute(Channels.listingTopic(code)).getConfigurationId());
            assertEquals(PartnerPolicy.ID, camel.getRoute(Channels.orderReplyTopic(code)).getConfigurationId());
        }
    }
}
