package vn.chophien.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.notification.TestNotices;
import vn.chophien.order.TestOrders;

/**
 * Pre-orders against a seller's expected harvest: never more than expected, held until the harvest, then filled
 * oldest first; what the harvest cannot fill is cancelled with a notice and paid money flagged for refund. Pre-orders
 * take no stock, so the stock count never moves, let alone below zero.
 */
@QuarkusTest
class PreorderTest {

    private record Setup(TestShops.Shop shop, TestShops.Listing oranges, long campaign, String slug) {
    }

    /** A 10 kg box of oranges, none in stock yet, in a campaign taking pre-orders up to {@code expectedKg}. */
    private static Setup setup(long expectedKg) {
        JsonPath campaign = TestCampaigns.open("Mùa cam đặt trước " + TestShops.word(), 5000, true);
        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 0);
        TestCampaigns.optIn(shop, campaign.getLong("id"), oranges.id(), expectedKg).then().statusCode(201);
        return new Setup(shop, oranges, campaign.getLong("id"), campaign.getString("slug"));
    }

    private static JsonPath preorder(TestAccounts.SignedIn buyer, Setup s, String method) {
        return TestOrders.place(buyer, TestOrders.order(method, TestOrders.BA_DINH, s.oranges().variantIds().get(0), 1))
                .then().log().ifValidationFails().statusCode(201).body("sellerOrders[0].heldForHarvest", equalTo(true))
                .body("sellerOrders[0].lines[0].preorder", equalTo(true)).extract().jsonPath();
    }

    @Test
    void aSmallHarvestFillsTheOldestPreordersAndCancelsTheRest() {
        Setup s = setup(30);
        long variant = s.oranges().variantIds().get(0);
        TestAccounts.SignedIn first = TestAccounts.buyer();
        TestAccounts.SignedIn second = TestAccounts.buyer();
        TestAccounts.SignedIn third = TestAccounts.buyer();
        long firstOrder = preorder(first, s, "COD").getLong("id");
        long secondOrder = preorder(second, s, "COD").getLong("id");
        JsonPath thirdPlaced = preorder(third, s, "VIETQR");
        long thirdOrder = thirdPlaced.getLong("id");
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Thấy trên sao kê\"}").post("/api/admin/orders/" + thirdOrder + "/confirm-payment")
                .then().statusCode(200);
        assertEquals(0, TestOrders.stockOf(s.oranges().id(), variant));

        // 30 kg expected and promised: a fourth box is refused, saying how much is left
        TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, variant, 1)).then()
                .statusCode(409).body("availableGrams", equalTo(0));
        // before the harvest the seller cannot confirm a pre-order by hand
        long firstParcel = given().auth().oauth2(first.token()).get("/api/orders/" + firstOrder).then().extract()
                .jsonPath().getLong("sellerOrders[0].id");
        given().auth().oauth2(s.shop().owner().token()).post("/api/seller/orders/" + firstParcel + "/confirm").then()
                .statusCode(409);

        TestCampaigns.harvest(s.shop(), s.campaign(), s.oranges().id(), "25").then().log().ifValidationFails()
                .statusCode(200).body("filled", equalTo(2)).body("cancelled", equalTo(1))
                .body("filledKg", equalTo(20.0f)).body("leftKg", equalTo(5.0f))
                .body("refundsDueVnd", equalTo((int) thirdPlaced.getLong("totalVnd")));

        for (var filled : List.of(List.of(first, firstOrder), List.of(second, secondOrder))) {
            given().auth().oauth2(((TestAccounts.SignedIn) filled.get(0)).token()).get("/api/orders/" + filled.get(1))
                    .then().body("sellerOrders[0].status", equalTo("READY_FOR_PICKUP"))
                    .body("sellerOrders[0].heldForHarvest", equalTo(false));
        }
        given().auth().oauth2(third.token()).get("/api/orders/" + thirdOrder).then()
                .body("sellerOrders[0].status", equalTo("CANCELLED")).body("payment.status", equalTo("REFUND_DUE"))
                .body("sellerOrders[0].refundDueVnd", equalTo((int) thirdPlaced.getLong("totalVnd")));
        JsonPath notices = TestNotices.awaitTotal(third.token(), 2);
        assertTrue(notices.getList("items.text", String.class).stream()
                .anyMatch(t -> t.contains("vụ thu hoạch không đủ") && t.contains("hoàn lại")), notices.prettify());
        TestNotices.awaitTotal(first.token(), 2);
        assertTrue(TestNotices.list(first.token()).getList("items.text", String.class).stream()
                .anyMatch(t -> t.contains("sẵn sàng để bưu điện lấy")));
        assertEquals(0, TestOrders.stockOf(s.oranges().id(), variant));

        // once harvested the product sells from stock again: none yet, so a new order is refused as short
        TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, variant, 1)).then()
                .statusCode(409).body("shortages", org.hamcrest.Matchers.notNullValue());
        TestCampaigns.harvest(s.shop(), s.campaign(), s.oranges().id(), "25").then().statusCode(409);
        assertEquals(20.0f, TestCampaigns.bySlug(s.slug()).getFloat("products[0].soldKg"));
    }

    @Test
    void parallelPreordersNeverPromiseMoreThanExpected() throws Exception {
        Setup s = setup(50);
        List<TestAccounts.SignedIn> buyers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            buyers.add(TestAccounts.buyer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (TestAccounts.SignedIn buyer : buyers) {
                answers.add(pool.submit((Callable<Integer>) () -> TestOrders
                        .place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, s.oranges().variantIds().get(0), 1))
                        .statusCode()));
            }
            int placed = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                assertTrue(status == 201 || status == 409, "status " + status);
                placed += status == 201 ? 1 : 0;
            }
            assertEquals(5, placed);
        } finally {
            pool.shutdownNow();
        }
        TestCampaigns.harvest(s.shop(), s.campaign(), s.oranges().id(), "80").then().statusCode(200)
                .body("filled", equalTo(5)).body("cancelled", equalTo(0));
        assertEquals(0, TestOrders.stockOf(s.oranges().id(), s.oranges().variantIds().get(0)));
    }

    @Test
    void theProductPageOffersAPreorderFromOptInUntilTheHarvest() {
        JsonPath campaign = TestCampaigns.open("Mùa cam đặt trước " + TestShops.word(), 5000, true);
        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 0);
        String before = page(oranges);
        assertTrue(before.contains("Hết hàng") && !before.contains("action=\"/cart/items\""), before);

        TestCampaigns.optIn(shop, campaign.getLong("id"), oranges.id(), 30L).then().statusCode(201);
        String open = page(oranges);
        String from = TestCampaigns.today().minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String by = TestCampaigns.today().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(open.contains("Bán trước mùa thu hoạch, giao từ " + from + " đến " + by), open);
        assertTrue(open.contains("href=\"/mua/" + campaign.getString("slug") + "\""), open);
        assertTrue(open.contains("action=\"/cart/items\"") && open.contains(">Đặt trước</button>"), open);
        assertFalse(open.contains("Hết hàng"), open);

        TestCampaigns.harvest(shop, campaign.getLong("id"), oranges.id(), "10").then().statusCode(200);
        String harvested = page(oranges);
        assertFalse(harvested.contains("Bán trước mùa thu hoạch"), harvested);
    }

    private static String page(TestShops.Listing listing) {
        return given().get("/p/" + listing.slug()).then().statusCode(200).extract().asString();
    }

    @Test
    void aHarvestIsRecordedByItsOwnSellerOnly() {
        Setup s = setup(20);
        TestShops.Shop other = TestShops.open("HTX khác " + TestShops.word(), TestShops.BAC_QUANG);
        TestCampaigns.harvest(other, s.campaign(), s.oranges().id(), "10").then().statusCode(404);
        given().auth().oauth2(s.shop().owner().token()).contentType(ContentType.JSON)
                .body(java.util.Map.of("harvestedOn", TestCampaigns.today().plusDays(3).toString(), "harvestedKg",
                        "10"))
                .post("/api/campaigns/" + s.campaign() + "/products/" + s.oranges().id() + "/harvest").then()
                .statusCode(400).body("errors.field", hasItem("harvestedOn"));
    }
}
