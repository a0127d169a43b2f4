package vn.chophien.cart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/** The cart through the API: a visitor's behind its cookie, grouped by seller, carried into the account at sign-in. */
@QuarkusTest
class CartResourceTest {

    @Test
    void aVisitorsCartGroupsBySellerPricesShippingAndMovesIntoTheAccount() {
        String word = TestShops.word();
        TestShops.Listing tea = TestShops.published(TestShops.open("HTX Chè " + word, TestShops.BAC_QUANG),
                "Chè " + word, "TEA", "", new Pack("gói 200 g", 200, 90_000, 10));
        TestShops.Listing honey = TestShops.published(TestShops.open("Hộ Mật ong " + word, "23941"), "Mật ong " + word,
                "HONEY", "", new Pack("chai", 800, 250_000, 10));

        String cookie = given().contentType(ContentType.JSON)
                .body(Map.of("variantId", tea.variantIds().get(0), "quantity", 2)).post("/api/cart/items").then()
                .statusCode(200).body("items", equalTo(2)).extract().cookie(CartPages.COOKIE);
        given().cookie(CartPages.COOKIE, cookie).contentType(ContentType.JSON)
                .body(Map.of("variantId", honey.variantIds().get(0), "quantity", 1)).post("/api/cart/items").then()
                .statusCode(200).body("parcels", hasSize(2)).body("shippingVnd", nullValue());
        // to Hà Nội: Tuyên Quang is the same region (25,000), Gia Lai is not (32,000)
        given().cookie(CartPages.COOKIE, cookie).queryParam("to", "01").get("/api/cart").then().statusCode(200)
                .body("parcels.shippingVnd", contains(25_000, 32_000)).body("goodsVnd", equalTo(430_000))
                .body("totalVnd", equalTo(430_000 + 57_000));
        given().cookie(CartPages.COOKIE, cookie).contentType(ContentType.JSON).body(Map.of("quantity", 5))
                .put("/api/cart/items/" + tea.variantIds().get(0)).then().statusCode(200).body("items", equalTo(6));
        given().cookie(CartPages.COOKIE, cookie).delete("/api/cart/items/" + honey.variantIds().get(0)).then()
                .statusCode(200).body("parcels", hasSize(1));

        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        given().auth().oauth2(buyer.token()).cookie(CartPages.COOKIE, cookie).get("/api/cart").then().statusCode(200)
                .body("parcels[0].lines[0].quantity", equalTo(5));
        given().cookie(CartPages.COOKIE, cookie).get("/api/cart").then().body("parcels", hasSize(0));
        given().auth().oauth2(buyer.token()).get("/api/cart").then().body("parcels[0].lines[0].variantId",
                equalTo(tea.variantIds().get(0).intValue()));
    }

    @Test
    void refusesWhatCannotGoInACart() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        long draft = TestShops.draft(shop, "Chè nháp " + word, "TEA", "", new Pack("gói", 100, 50_000, 5)).variantIds()
                .get(0);
        given().contentType(ContentType.JSON).body(Map.of("variantId", draft, "quantity", 1)).post("/api/cart/items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("variantId"));
        given().contentType(ContentType.JSON).body(Map.of("variantId", draft, "quantity", 0)).post("/api/cart/items")
                .then().statusCode(400).body("errors[0].field", equalTo("quantity"));
        given().queryParam("to", "999").get("/api/cart").then().statusCode(400);
        given().get("/api/cart").then().statusCode(200).body("parcels", hasSize(0)).body("items", equalTo(0))
                .body("goodsVnd", notNullValue());
    }
}
