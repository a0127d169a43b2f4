package vn.chophien.order;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/** A seller takes in a parcel, confirms it, readies it for the post office; the buyer sees each step. */
@QuarkusTest
class SellerOrderFlowTest {

    @Test
    void aSellerConfirmsAndReadiesAParcelAndTheBuyerSeesTheTimeline() {
        Setup s = new Setup();
        given().auth().oauth2(s.shop.owner().token()).get("/api/seller/orders?status=PLACED").then().statusCode(200)
                .body("id", hasItem((int) s.parcel))
                .body("find { it.id == " + s.parcel + " }.codToCollectVnd", equalTo(90_000 * 2 + 25_000 + 19 * 5_000)); // two 10 kg boxes, Tuyên Quang to Hà Nội
        seller(s, "confirm").then().statusCode(200).body("status", equalTo("CONFIRMED"));
        seller(s, "ready").then().statusCode(200).body("status", equalTo("READY_FOR_PICKUP"));
        given().auth().oauth2(s.buyer.token()).get("/api/orders/" + s.order).then().statusCode(200)
                .body("sellerOrders[0].timeline.status", contains("PLACED", "CONFIRMED", "READY_FOR_PICKUP"))
                .body("sellerOrders[0].timeline.by", contains("BUYER", "SELLER", "SELLER"));
        given().auth().oauth2(s.shop.owner().token()).get("/api/seller/orders?status=PLACED").then().body("id",
                not(hasItem((int) s.parcel)));
    }

    @Test
    void theSellerHearsOfTheNewParcelAndTheBuyerOfEachMove() {
        Setup s = new Setup();
        String code = given().auth().oauth2(s.buyer.token()).get("/api/orders/" + s.order).then().extract()
                .path("sellerOrders[0].code");
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth().oauth2(s.shop.owner().token()).get("/api/notifications").then()
                        .statusCode(200)
                        .body("items.text", hasItem("Đơn hàng mới " + code + ": 2 sản phẩm, 300.000\u00a0₫"))
                        .body("items.link", hasItem("/seller/orders/" + s.parcel)));
        seller(s, "confirm").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(
                () -> given().auth().oauth2(s.buyer.token()).get("/api/notifications").then().statusCode(200)
                        .body("items.text", hasItem("Đơn " + code + " của bạn: người bán đã xác nhận")));
    }

    @Test
    void theStateMachineRefusesMovesOutOfOrder() {
        Setup s = new Setup();
        seller(s, "ready").then().statusCode(409).contentType("application/problem+json").body("type",
                equalTo("https://chophien.vn/problems/transition-forbidden"));
        seller(s, "confirm").then().statusCode(200);
        seller(s, "confirm").then().statusCode(409);
        given().auth().oauth2(s.shop.owner().token()).queryParam("status", "LOST").get("/api/seller/orders").then()
                .statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void aSellerCancelsWithAReasonAndTheStockReturns() {
        Setup s = new Setup();
        given().auth().oauth2(s.shop.owner().token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/seller/orders/" + s.parcel + "/cancel").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(s.shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Mưa đá làm hỏng cả lô cam")).post("/api/seller/orders/" + s.parcel + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertEquals(10, TestOrders.stockOf(s.listing.id(), s.listing.variantIds().get(0)));
        given().auth().oauth2(s.buyer.token()).get("/api/orders/" + s.order).then().body("status", equalTo("CANCELLED"))
                .body("sellerOrders[0].cancelReason", equalTo("Mưa đá làm hỏng cả lô cam"))
                .body("sellerOrders[0].timeline[1].reason", equalTo("Mưa đá làm hỏng cả lô cam"));
        seller(s, "confirm").then().statusCode(409);
    }

    @Test
    void onlyTheParcelsSellerMayMoveIt() {
        Setup s = new Setup();
        TestShops.Shop other = TestShops.open("HTX khác " + TestShops.word(), TestShops.BAC_QUANG);
        given().auth().oauth2(other.owner().token()).post("/api/seller/orders/" + s.parcel + "/confirm").then()
                .statusCode(404);
        given().auth().oauth2(other.owner().token()).get("/api/seller/orders/" + s.parcel).then().statusCode(404);
        given().auth().oauth2(other.owner().token()).get("/api/seller/orders").then().body("id",
                not(hasItem((int) s.parcel)));
        given().auth().oauth2(s.buyer.token()).post("/api/seller/orders/" + s.parcel + "/confirm").then()
                .statusCode(403);
        given().post("/api/seller/orders/" + s.parcel + "/confirm").then().statusCode(401);
    }

    private static Response seller(Setup s, String action) {
        return given().auth().oauth2(s.shop.owner().token()).post("/api/seller/orders/" + s.parcel + "/" + action);
    }

    /** A shop with one product in Tuyên Quang and a buyer in Hà Nội who ordered two of it. */
    private static final class Setup {
        final TestShops.Shop shop = TestShops.open("HTX " + TestShops.word(), TestShops.BAC_QUANG);
        final TestShops.Listing listing = TestShops.published(shop, "Chè " + TestShops.word(), 90_000, 10);
        final TestAccounts.SignedIn buyer = TestAccounts.buyer();
        final long order;
        final long parcel;

        Setup() {
            JsonPath placed = TestOrders
                    .place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, listing.variantIds().get(0), 2)).then()
                    .statusCode(201).extract().jsonPath();
            order = placed.getLong("id");
            parcel = placed.getLong("sellerOrders[0].id");
        }
    }
}
