package vn.chophien.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/** Buyers search the way they type on a phone: no diacritics, capitals, several words, filters, pages. */
@QuarkusTest
class ProductSearchTest {

    @Test
    void findsVietnameseWithoutDiacriticsAndInCapitals() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.published(shop, "Cam Vàng " + word, 400_000, 20);
        TestShops.published(shop, "Đặc sản mứt gừng " + word, 60_000, 5);
        for (String q : List.of("cam vang " + word, "CAM VÀNG " + word, "Cam Vàng " + word, "cAm VaNg " + word)) {
            search(Map.of("q", q)).body("total", equalTo(1)).body("items[0].name", equalTo("Cam Vàng " + word));
        }
        for (String q : List.of("dac san " + word, "ĐẶC SẢN " + word, "đặc sản " + word, "Dac San " + word)) {
            search(Map.of("q", q)).body("total", equalTo(1)).body("items[0].name", equalTo("Đặc sản mứt gừng " + word));
        }
    }

    @Test
    void everyWordMustMatchSomewhereInTheListing() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("Hộ bà Vàng Thị Dở " + word, TestShops.BAC_QUANG);
        TestShops.published(shop, "Mật ong bạc hà " + word, "HONEY", "Hoa bạc hà cao nguyên đá, thu tháng mười một.",
                new Pack("chai 500 ml", 750, 250_000, 10));
        search(Map.of("q", "mat ong " + word)).body("total", equalTo(1));
        search(Map.of("q", "mat ong sua " + word)).body("total", equalTo(0)).body("items", hasSize(0));
        // the seller's name, the commune, the province, the former province, the category and the description count
        for (String q : List.of("thi do " + word, "bac quang " + word, "tuyen quang " + word, "ha giang " + word,
                "mat ong honey " + word, "cao nguyen da " + word)) {
            search(Map.of("q", q)).body("total", equalTo(1));
        }
        // the last word is also a prefix: the buyer has not finished typing
        search(Map.of("q", word + " mat o")).body("total", equalTo(1));
        search(Map.of("q", "mat o " + word)).body("total", equalTo(0));
    }

    @Test
    void namesRankBeforeOtherMatchesAndPagesNeverOverlap() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        long inDescription = TestShops.published(shop, "Mứt vỏ " + word, "DRIED_GOODS", "Làm từ cam sành Hà Giang.",
                new Pack("hộp", 300, 85_000, 3)).id();
        long inName = TestShops.published(shop, "Cam sành " + word, 120_000, 8).id();
        search(Map.of("q", "cam " + word)).body("items.id", contains((int) inName, (int) inDescription));

        for (int i = 0; i < 5; i++) {
            TestShops.published(shop, "Gạo nếp " + i + " " + word, 50_000 + i, 10);
        }
        List<Object> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            seen.addAll(search(Map.of("q", word, "size", 2, "page", page)).body("total", equalTo(7)).extract()
                    .jsonPath().getList("items.id"));
        }
        assertEquals(7, seen.size());
        assertEquals(7, new HashSet<>(seen).size(), "a product appeared on two pages: " + seen);
    }

    @Test
    void filtersByCategoryProvincePriceStockAndOcopStars() {
        String word = TestShops.word();
        TestShops.Shop tuyenQuang = TestShops.open("HTX Chè " + word, TestShops.BAC_QUANG);
        TestShops.Shop gialai = TestShops.open("HTX Cà phê " + word, "23941");
        long tea = TestShops
                .published(tuyenQuang, "Chè Shan tuyết " + word, "TEA", "", new Pack("gói 200 g", 200, 180_000, 30))
                .id();
        long soldOut = TestShops
                .published(tuyenQuang, "Hồng trà " + word, "TEA", "", new Pack("gói 100 g", 100, 90_000, 0)).id();
        long coffee = TestShops
                .published(gialai, "Cà phê Chư Sê " + word, "COFFEE", "", new Pack("gói 500 g", 500, 150_000, 12)).id();
        TestShops.certify(tuyenQuang, new TestShops.Listing(tea, null, List.of()), 4, "08");

        search(Map.of("q", word, "category", "TEA")).body("items.id", containsInAnyOrder((int) tea, (int) soldOut));
        search(Map.of("q", word, "provinceCode", "52")).body("items.id", contains((int) coffee));
        search(Map.of("q", word, "inStock", true)).body("items.id", containsInAnyOrder((int) tea, (int) coffee));
        search(Map.of("q", word, "minPrice", 100_000, "maxPrice", 160_000)).body("items.id", contains((int) coffee));
        search(Map.of("q", word, "ocopStars", 4)).body("items.id", contains((int) tea)).body("items[0].ocopStars",
                equalTo(4));
        search(Map.of("q", word, "ocopStars", 5)).body("total", equalTo(0));
        search(Map.of("q", word, "sort", "price_asc")).body("items.id",
                contains((int) soldOut, (int) coffee, (int) tea));
        search(Map.of("q", word, "sort", "price_desc")).body("items.id",
                contains((int) tea, (int) coffee, (int) soldOut));
    }

    @Test
    void showsOnlyWhatIsPublishedNowAndFollowsEdits() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing draft = TestShops.draft(shop, "Cam " + word, "FRUIT", "",
                new Pack("túi 3 kg", 3000, 135_000, 5));
        search(Map.of("q", word)).body("total", equalTo(0));
        given().auth().oauth2(shop.owner().token()).post("/api/products/" + draft.id() + "/publish").then()
                .statusCode(200);
        search(Map.of("q", word)).body("items.id", contains((int) draft.id()));

        long version = given().auth().oauth2(shop.owner().token()).get("/api/products/" + draft.id()).then().extract()
                .jsonPath().getLong("version");
        given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("name", "Quýt đường " + word, "category", "FRUIT", "description", "", "version", version,
                        "variants",
                        List.of(Map.of("id", draft.variantIds().get(0), "label", "túi 3 kg", "weightGrams", 3000,
                                "priceVnd", 99_000, "stock", 5))))
                .put("/api/products/" + draft.id()).then().statusCode(200);
        search(Map.of("q", "quyt duong " + word)).body("items[0].fromPriceVnd", equalTo(99_000));
        search(Map.of("q", "cam " + word)).body("total", equalTo(0));

        given().auth().oauth2(shop.owner().token()).post("/api/products/" + draft.id() + "/pause").then()
                .statusCode(200);
        search(Map.of("q", word)).body("total", equalTo(0));
    }

    @Test
    void hostileQueriesAreJustText() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.published(shop, "Trà hoa vàng " + word, 300_000, 4);
        // punctuation alone is no words (the query is then the product's word alone); words must all match
        for (String hostile : List.of("%", "_", "%%", "' \" ;", "\\")) {
            search(Map.of("q", hostile + word + hostile)).body("items.name", contains("Trà hoa vàng " + word));
        }
        for (String hostile : List.of("'; DROP TABLE product; --", "%' OR '1'='1", "<script>alert(1)</script>")) {
            search(Map.of("q", word + " " + hostile)).body("total", equalTo(0));
        }
        search(Map.of("q", word)).body("total", equalTo(1));
    }

    @Test
    void refusesWhatItCannotRead() {
        given().queryParam("size", 101).get("/api/products").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().queryParam("sort", "cheapest").get("/api/products").then().statusCode(400).body("errors[0].field",
                equalTo("sort"));
        given().queryParam("category", "CARS").get("/api/products").then().statusCode(400).body("errors[0].field",
                equalTo("category"));
        given().queryParam("ocopStars", 2).get("/api/products").then().statusCode(400).body("errors[0].field",
                equalTo("ocopStars"));
        given().queryParam("q", "x".repeat(201)).get("/api/products").then().statusCode(400).body("errors[0].field",
                equalTo("q"));
    }

    private static ValidatableResponse search(Map<String, ?> params) {
        return given().queryParams(params).get("/api/products").then().statusCode(200);
    }
}
