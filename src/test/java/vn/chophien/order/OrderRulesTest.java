package vn.chophien.order;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/** Money and stock rules a buyer or a seller could otherwise get around. */
@QuarkusTest
class OrderRulesTest {

    @Inject
    UnpaidOrders overdue;

    @Test
    void aBuyerHoldsAtMostThreeOpenCashOnDeliveryOrders() {
        long tea = teaWithStock(100);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        List<Long> placed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            placed.add(TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, tea, 1)).then()
                    .statusCode(201).extract().jsonPath().getLong("id"));
        }
        TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, tea, 1)).then().statusCode(409)
                .body("type", equalTo("https://chophien.vn/problems/too-many-open-orders")).body("limit", equalTo(3));
        given().auth().oauth2(buyer.token()).post("/api/orders/" + placed.get(0) + "/cancel").then().statusCode(200);
        TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, tea, 1)).then().statusCode(201);
    }

    @Test
    void aBuyerHoldsAtMostThreeUnpaidVietQrOrders() {
        long tea = teaWithStock(100);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        for (int i = 0; i < 3; i++) {
            TestOrders.place(buyer, TestOrders.order("VIETQR", TestOrders.BA_DINH, tea, 1)).then().statusCode(201);
        }
        TestOrders.place(buyer, TestOrders.order("VIETQR", TestOrders.BA_DINH, tea, 1)).then().statusCode(409);
        // cash on delivery is counted apart
        TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, tea, 1)).then().statusCode(201);
    }

    @Test
    void aCashOnDeliveryParcelItsSellerLeavesUnconfirmedIsCancelledAndItsStockReturns() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, 10);
        long variant = tea.variantIds().get(0);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long order = TestOrders.place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, variant, 4)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(6, TestOrders.stockOf(tea.id(), variant));
        overdue.cancelOverdue(Instant.now().plus(Duration.ofHours(47)));
        given().auth().oauth2(buyer.token()).get("/api/orders/" + order).then().body("status", equalTo("PLACED"));
        overdue.cancelOverdue(Instant.now().plus(Duration.ofHours(49)));
        given().auth().oauth2(buyer.token()).get("/api/orders/" + order).then().body("status", equalTo("CANCELLED"))
                .body("sellerOrders[0].status", equalTo("CANCELLED"));
        assertEquals(10, TestOrders.stockOf(tea.id(), variant));
    }

    @Test
    void aParcelOfFiveThousandTonnesWeighsWhatItWeighs() {
        String word = TestShops.word();
        TestShops.Listing rice = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Gạo " + word,
                "FRUIT", "", new Pack("bao 100 kg", 100_000, 1_000, 60_000));
        long variant = rice.variantIds().get(0);
        Object[] lines = new Object[100];
        for (int i = 0; i < 50; i++) {
            lines[2 * i] = variant;
            lines[2 * i + 1] = 1000;
        }
        JsonPath order = TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, lines))
                .then().log().ifValidationFails().statusCode(201).extract().jsonPath();
        assertEquals(5_000_000_000L, order.getLong("sellerOrders[0].weightGrams"));
        // Tuyên Quang to Hà Nội, both in the north: 25,000 ₫ for the first kilogram, 5,000 ₫ for each further one
        assertEquals(25_000L + 4_999_999L * 5_000L, order.getLong("shippingVnd"));
        assertEquals(50_000_000L + order.getLong("shippingVnd"), order.getLong("totalVnd"));
    }

    @Test
    void aCheckoutWithAnOutdatedTotalIsRefusedWithBothTotals() {
        long tea = teaWithStock(10);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        Map<String, Object> body = new HashMap<>(TestOrders.order("COD", TestOrders.BA_DINH, tea, 2));
        body.put("expectedTotalVnd", 100_000);
        Response refused = TestOrders.place(buyer, body);
        refused.then().statusCode(409).body("type", equalTo("https://chophien.vn/problems/total-changed"))
                .body("expectedTotalVnd", equalTo(100_000));
        long total = refused.jsonPath().getLong("totalVnd");
        assertTrue(total > 100_000);
        assertEquals(10, TestOrders.stockOf(teaProduct, tea), "nothing was reserved");
        body.put("expectedTotalVnd", total);
        TestOrders.place(buyer, body).then().statusCode(201).body("totalVnd", equalTo((int) total));
    }

    @Test
    void aStockFormMadeBeforeASaleCannotPutTheSoldBoxesBack() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing tea = TestShops.published(shop, "Chè " + word, 90_000, 10);
        long variant = tea.variantIds().get(0);
        Response page = given().cookie("chophien_session", shop.owner().token()).get("/seller");
        String html = page.asString();
        String csrf = page.getCookie("chophien_csrf");
        String productVersion = find(html,
                "id=\"product-" + tea.id() + "\"[\\s\\S]*?name=\"version\" value=\"(\\d+)\"");
        String packVersion = find(html, "name=\"version-" + variant + "\" value=\"(\\d+)\"");

        // while the seller's page is open, a buyer takes three boxes
        TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, variant, 3)).then()
                .statusCode(201);

        given().redirects().follow(false).cookie("chophien_session", shop.owner().token()).cookie("chophien_csrf", csrf)
                .formParam("csrf-token", csrf).formParam("version", productVersion)
                .formParam("version-" + variant, packVersion).formParam("price-" + variant, "95000")
                .formParam("stock-" + variant, "10").post("/seller/products/" + tea.id() + "/stock").then()
                .statusCode(409).body(containsString(
                        "name=\"stock-" + variant + "\" inputmode=\"numeric\"" + " pattern=\"[0-9]*\" value=\"7\""));
        assertEquals(7, TestOrders.stockOf(tea.id(), variant), "the three sold boxes stay sold");
        given().get("/api/products/" + tea.id()).then().body("variants[0].priceVnd", equalTo(90_000));
    }

    private long teaProduct;

    private long teaWithStock(int stock) {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG), "Chè " + word,
                90_000, stock);
        teaProduct = tea.id();
        return tea.variantIds().get(0);
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1);
    }
}
