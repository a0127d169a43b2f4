package vn.chophien.syndication;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.catalog.TestShops;
import vn.chophien.integrations.postmart.PostmartChannel;
import vn.chophien.integrations.sendo.SendoOrderPoller;
import vn.chophien.order.TestOrders;
import vn.chophien.web.WebhookSignature;

/** Every channel's orders in one book, each once, taking stock like a storefront order, and the partner told. */
@QuarkusTest
class ChannelOrdersTest {

    @Inject
    PostmartChannel postmart;

    @Inject
    SendoOrderPoller sendoPoller;

    record Stocked(TestShops.Shop shop, TestShops.Listing listing) {
        long variant() {
            return listing.variantIds().get(0);
        }
    }

    static Stocked stocked(int stock) {
        TestShops.Shop shop = TestShops.open("HTX Cam Sành " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Cam Sành Hàm Yên loại một", "FRUIT",
                ListingSyncTest.DESCRIPTION, new TestShops.Pack("thùng 5 kg", 5_000, 200_000, stock));
        TestChannels.awaitEverywhere(shop.owner().token(), listing.id(), "SYNCED");
        return new Stocked(shop, listing);
    }

    @Test
    void anOrderOnSendoLowersTheStockShownOnPostmartAndVosoAndReachesTheSeller() {
        Stocked s = stocked(20);
        String number = "S" + System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of("orderNumber", number, "sku", "cp-v" + s.variant(), "quantity", 4, "price", 200_000,
                        "wardCode", TestOrders.BA_DINH))
                .post(TestChannels.sendo() + "/_sim/orders").then().statusCode(201);

        await().atMost(TestChannels.PATIENCE)
                .until(() -> TestChannels.atPostmart(s.listing().id()).jsonPath().getInt("stock") == 16
                        && TestChannels.atVoso(s.listing().id()).jsonPath().getInt("packs[0].stock") == 16);
        assertEquals(16, TestOrders.stockOf(s.listing().id(), s.variant()));
        given().auth().oauth2(s.shop().owner().token()).get("/api/seller/orders").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].channel", equalTo("SENDO")).body("[0].externalRef", equalTo(number))
                .body("[0].paymentMethod", equalTo("COD")).body("[0].lines[0].quantity", equalTo(4));
        await().atMost(TestChannels.PATIENCE).until(() -> given().get(TestChannels.sendo() + "/_sim/orders/" + number)
                .jsonPath().getInt("sales_order.order_status") == 3);
    }

    @Test
    void aPostmartOrderPushedTwiceIsOneOrderAndPostmartIsToldItsCode() {
        Stocked s = stocked(10);
        String code = "PMT" + System.nanoTime();
        Map<String, Object> order = Map.of("orderCode", code, "sku", "cp-v" + s.variant(), "quantity", 2, "price",
                200_000, "paymentMethod", "PREPAID", "wardCode", TestOrders.SAI_GON);
        for (int push = 0; push < 2; push++) {
            given().contentType(ContentType.JSON).body(order).post(TestChannels.postmart() + "/_sim/orders").then()
                    .statusCode(201).body("pushStatus", equalTo(202));
        }

        assertEquals(8, TestOrders.stockOf(s.listing().id(), s.variant()), "taken once");
        JsonPath parcels = given().auth().oauth2(s.shop().owner().token()).get("/api/seller/orders").then()
                .statusCode(200).body("$", hasSize(1)).extract().jsonPath();
        assertEquals("CHANNEL", parcels.getString("[0].paymentMethod"), "paid on Postmart");
        await().atMost(TestChannels.PATIENCE).until(() -> "CONFIRMED"
                .equals(given().get(TestChannels.postmart() + "/_sim/orders/" + code).jsonPath().getString("status")));
        assertEquals(parcels.getString("[0].orderCode"), given().get(TestChannels.postmart() + "/_sim/orders/" + code)
                .jsonPath().getString("merchant_order_code"));
    }

    @Test
    void aForgedStaleOrUnsignedPushIsRefusedAndRecordsNothing() {
        Stocked s = stocked(10);
        String code = "PMF" + System.nanoTime();
        byte[] body = ("{\"event\":\"order.created\",\"order\":{\"order_code\":\"" + code + "\",\"customer\":{\"name\":"
                + "\"Trần Văn Bình\",\"phone\":\"0987654321\"},\"shipping\":{\"address\":\"Số 5\",\"ward_code\":\""
                + TestOrders.BA_DINH + "\"},\"payment_method\":\"COD\",\"items\":[{\"sku\":\"cp-v" + s.variant()
                + "\",\"quantity\":1,\"price\":200000}]}}").getBytes(StandardCharsets.UTF_8);
        String path = "/webhooks/channels/postmart/orders";
        long now = Instant.now().getEpochSecond();

        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.header("forged", now, body)).body(body).post(path)
                .then().statusCode(401);
        given().contentType(ContentType.JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.header(postmart.webhookSecret(), now - 600, body))
                .body(body).post(path).then().statusCode(401);
        assertEquals(10, TestOrders.stockOf(s.listing().id(), s.variant()), "nothing taken");

        given().contentType(ContentType.JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.header(postmart.webhookSecret(), now, body))
                .body(body).post(path).then().statusCode(202).body("orders[0].accepted", equalTo(true))
                .body("orders[0].duplicate", equalTo(false));
        given().contentType(ContentType.JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.header(postmart.webhookSecret(), now, body))
                .body(body).post(path).then().statusCode(202).body("orders[0].duplicate", equalTo(true));
        assertEquals(9, TestOrders.stockOf(s.listing().id(), s.variant()), "the signed push, once");
        given().contentType(ContentType.JSON).body(body).post("/webhooks/channels/lazada/orders").then()
                .statusCode(404);
    }

    @Test
    void anOrderTheStockCannotCoverIsRejectedAndThePartnerIsToldWhy() {
        Stocked s = stocked(2);
        JsonPath order = given().contentType(ContentType.JSON)
                .body(Map.of("packKey", "cp-v" + s.variant(), "quantity", 5, "price", 200_000))
                .post(TestChannels.voso() + "/_sim/orders").then().statusCode(201).extract().jsonPath();
        String id = order.getString("voso_order_id");

        await().atMost(TestChannels.PATIENCE).until(() -> "REJECTED"
                .equals(given().get(TestChannels.voso() + "/_sim/orders/" + id).jsonPath().getString("status")));
        String reason = given().get(TestChannels.voso() + "/_sim/orders/" + id).jsonPath().getString("reason");
        assertTrue(reason.startsWith("Không đủ hàng"), reason);
        assertEquals(2, TestOrders.stockOf(s.listing().id(), s.variant()));
        given().auth().oauth2(s.shop().owner().token()).get("/api/seller/orders").then().body("$", hasSize(0));
    }

    @Test
    void sendoOrdersAreFoundOnceAndOneDatedAtTheEdgeOfTheLastPollIsNotMissed() {
        Stocked s = stocked(30);
        String first = "SE" + System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("orderNumber", first, "sku", "cp-v" + s.variant(), "quantity",
                1, "price", 200_000, "paymentStatus", 3)).post(TestChannels.sendo() + "/_sim/orders").then()
                .statusCode(201);
        sendoPoller.poll();
        sendoPoller.poll();
        // Sendo shows an order late, dated a minute before the last poll ended
        String late = "SL" + System.nanoTime();
        given().contentType(ContentType.JSON)
                .body(Map.of("orderNumber", late, "sku", "cp-v" + s.variant(), "quantity", 2, "price", 200_000, "at",
                        Instant.now().minusSeconds(60).toString()))
                .post(TestChannels.sendo() + "/_sim/orders").then().statusCode(201);
        sendoPoller.poll();

        await().atMost(TestChannels.PATIENCE).until(() -> TestOrders.stockOf(s.listing().id(), s.variant()) == 27);
        given().auth().oauth2(s.shop().owner().token()).get("/api/seller/orders").then().body("$", hasSize(2))
                .body("find { it.externalRef == '" + first + "' }.paymentMethod", equalTo("CHANNEL"));
    }
}
