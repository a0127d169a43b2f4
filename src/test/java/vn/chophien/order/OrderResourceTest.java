package vn.chophien.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/** Checkout as a buyer's phone does it: one order, one parcel per seller, prices and fees fixed at that moment. */
@QuarkusTest
class OrderResourceTest {

    @Test
    void anOrderAcrossTwoSellersBecomesTwoParcelsWithTheirOwnShipping() {
        String word = TestShops.word();
        TestShops.Shop oranges = TestShops.open("HTX Cam " + word, TestShops.BAC_QUANG);
        TestShops.Shop honey = TestShops.open("Hộ Mật ong " + word, "23941"); // Xã Chư Sê, Gia Lai
        TestShops.Listing orange = TestShops.published(oranges, "Cam Vàng " + word, "FRUIT", "",
                new Pack("thùng 10 kg", 10_000, 450_000, 20));
        TestShops.Listing bottle = TestShops.published(honey, "Mật ong " + word, "HONEY", "",
                new Pack("chai 500 ml", 800, 250_000, 20));
        TestAccounts.SignedIn buyer = TestAccounts.buyer();

        JsonPath order = TestOrders
                .place(buyer,
                        TestOrders.order("COD", TestOrders.BA_DINH, orange.variantIds().get(0), 2,
                                bottle.variantIds().get(0), 1))
                .then().statusCode(201).body("code", matchesPattern("CP[A-Z2-9]{8}")).body("status", equalTo("PLACED"))
                .body("sellerOrders", hasSize(2)).body("sellerOrders.status", contains("PLACED", "PLACED"))
                .body("sellerOrders.sellerName", contains(oranges.name(), honey.name()))
                .body("payment.method", equalTo("COD")).body("payment.status", equalTo("COD_PENDING"))
                .body("payment.vietqrPayload", nullValue()).body("shipTo.phone", equalTo("+84912345678"))
                .body("shipTo.communeName", equalTo("Phường Ba Đình")).extract().jsonPath();
        // Tuyên Quang → Hà Nội is the same region: 25,000 for the first kg and 5,000 for each of the 19 more.
        assertEquals(List.of(900_000, 250_000), order.getList("sellerOrders.lines.flatten().totalVnd"));
        assertEquals(25_000 + 19 * 5_000, order.getInt("sellerOrders[0].shippingVnd"));
        // Gia Lai → Hà Nội crosses regions: 32,000 for a parcel under a kilogram.
        assertEquals(32_000, order.getInt("sellerOrders[1].shippingVnd"));
        assertEquals(1_150_000, order.getInt("goodsVnd"));
        assertEquals(1_150_000 + 120_000 + 32_000, order.getInt("totalVnd"));

        assertEquals(18, TestOrders.stockOf(orange.id(), orange.variantIds().get(0)));
        assertEquals(19, TestOrders.stockOf(bottle.id(), bottle.variantIds().get(0)));

        long id = order.getLong("id");
        given().auth().oauth2(buyer.token()).get("/api/orders/" + id).then().statusCode(200)
                .body("code", equalTo(order.getString("code")))
                .body("sellerOrders.sellerName", contains(oranges.name(), honey.name()))
                .body("sellerOrders[0].timeline.status", contains("PLACED"))
                .body("sellerOrders[0].timeline[0].by", equalTo("BUYER"));
        given().auth().oauth2(buyer.token()).get("/api/orders").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) id));
    }

    @Test
    void shippingFollowsTheRouteAndTheWeight() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        long light = TestShops.published(shop, "Chè " + word, "TEA", "", new Pack("gói 200 g", 200, 90_000, 50))
                .variantIds().get(0);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Map<String, Integer> expected = Map.of(TestOrders.HA_GIANG_1, 18_000, TestOrders.BA_DINH, 25_000,
                TestOrders.SAI_GON, 32_000);
        expected.forEach((commune, fee) -> TestOrders.place(buyer, TestOrders.order("COD", commune, light, 5)).then()
                .statusCode(201).body("shippingVnd", equalTo(fee)));
        // 6 × 200 g = 1.2 kg to Sài Gòn: one started kilogram more (another buyer: three open COD orders is the most)
        TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.SAI_GON, light, 6)).then()
                .statusCode(201).body("shippingVnd", equalTo(32_000 + 8_000));
    }

    @Test
    void refusesWhatCannotBeOrderedAndChangesNothing() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing tea = TestShops.published(shop, "Chè " + word, 90_000, 5);
        long variant = tea.variantIds().get(0);
        long draft = TestShops.draft(shop, "Chè nháp " + word, "TEA", "", new Pack("gói", 100, 50_000, 5)).variantIds()
                .get(0);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();

        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON)
                .body(TestOrders.order("COD", TestOrders.BA_DINH, variant, 1)).post("/api/orders").then()
                .statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://chophien.vn/problems/idempotency-key-required"));
        TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, draft, 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].variantId"));
        TestOrders.place(buyer, TestOrders.order("COD", "99999", variant, 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("shipTo.communeCode"));
        TestOrders.place(buyer, TestOrders.order("CASH", TestOrders.BA_DINH, variant, 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("paymentMethod"));
        TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, variant, 0)).then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].quantity"));
        TestOrders
                .place(buyer,
                        Map.of("lines", List.of(Map.of("variantId", variant, "quantity", 1)), "shipTo",
                                Map.of("name", "", "phone", "12345", "line1", "x", "communeCode", TestOrders.BA_DINH),
                                "paymentMethod", "COD"))
                .then().statusCode(400).body("errors.field", containsInAnyOrder("shipTo.name", "shipTo.phone"));
        given().auth().oauth2(buyer.token()).header("Idempotency-Key", "k-" + word).contentType(ContentType.JSON)
                .body("{\"lines\": [").post("/api/orders").then().statusCode(400)
                .body("type", equalTo("https://chophien.vn/problems/malformed-json"));
        assertEquals(5, TestOrders.stockOf(tea.id(), variant));
        given().auth().oauth2(buyer.token()).get("/api/orders").then().body("total", equalTo(0));
    }

    @Test
    void onlyItsBuyerSeesAnOrder() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 5);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long id = TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 1))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/api/orders/" + id).then().statusCode(401);
        given().auth().oauth2(TestAccounts.seller().token()).get("/api/orders/" + id).then().statusCode(403);
        TestAccounts.SignedIn stranger = TestAccounts.buyer();
        given().auth().oauth2(stranger.token()).get("/api/orders/" + id).then().statusCode(404);
        given().auth().oauth2(stranger.token()).post("/api/orders/" + id + "/cancel").then().statusCode(404);
        given().auth().oauth2(stranger.token()).get("/api/orders/" + id + "/vietqr.png").then().statusCode(404);
        given().auth().oauth2(buyer.token()).get("/api/orders/" + id).then().statusCode(200);
    }

    @Test
    void aBuyerCancelsBeforePickupAndTheStockReturns() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 5);
        long variant = tea.variantIds().get(0);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long id = TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, variant, 3)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(2, TestOrders.stockOf(tea.id(), variant));
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON).body(Map.of("reason", "Đặt nhầm"))
                .post("/api/orders/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("payment.status", equalTo("CANCELLED")).body("sellerOrders[0].status", equalTo("CANCELLED"))
                .body("sellerOrders[0].timeline.status", contains("PLACED", "CANCELLED"));
        assertEquals(5, TestOrders.stockOf(tea.id(), variant));
        given().auth().oauth2(buyer.token()).post("/api/orders/" + id + "/cancel").then().statusCode(409);
        assertEquals(5, TestOrders.stockOf(tea.id(), variant));
    }
}
