package vn.chophien.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;

/** Listing products: who may write them, who sees drafts, moderation, concurrent edits, slugs and safe retries. */
@QuarkusTest
class ProductResourceTest {

    @Test
    void aSellerCreatesADraftWithItsPackSizes() {
        TestCatalog.Shop shop = TestCatalog.shop();
        String name = TestCatalog.unique("Chè Shan tuyết");
        given().auth().oauth2(shop.token()).contentType(ContentType.JSON)
                .body(shop.product(name).category("TEA").variant("gói 200 g", 250, 120_000, 30)
                        .variant("hộp 500 g", 600, 280_000, 12).body())
                .post("/api/products").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("name", equalTo(name)).body("category", equalTo("TEA")).body("variants.size()", equalTo(2))
                .body("variants[1].label", equalTo("hộp 500 g")).body("variants[1].priceVnd", equalTo(280_000))
                .body("seller.id", equalTo((int) shop.sellerId())).body("origin.communeCode", equalTo("01153"))
                .body("origin.provinceName", equalTo("Tuyên Quang")).body("ocop", nullValue());
    }

    @Test
    void slugsAreReadableAsciiAndNumberedOnAClash() {
        TestCatalog.Shop shop = TestCatalog.shop();
        String batch = TestCatalog.unique("");
        String digits = batch.replaceAll("\\D", "");
        String first = shop.product("Cam Vàng Bắc Quang" + batch).create().slug();
        assertEquals("cam-vang-bac-quang-lo-" + digits, first);
        // Slugs are unique across the whole market, not per seller.
        String second = TestCatalog.shop().product("Cam Vàng Bắc Quang" + batch).create().slug();
        assertEquals("cam-vang-bac-quang-lo-" + digits + "-2", second);
        assertEquals("cam-vang-bac-quang-lo-" + digits + "-3",
                shop.product("CAM VÀNG  bắc quang" + batch).create().slug());
        assertEquals("dac-san-dong-van-lo-" + digits, shop.product("Đặc sản Đồng Văn" + batch).create().slug());
        assertEquals("mat-ong-bac-ha-lo-" + digits,
                shop.product("  Mật ong (bạc hà) – " + batch.strip()).create().slug());
    }

    @Test
    void anotherSellerGets404OnEveryWriteAndChangesNothing() {
        TestCatalog.Listed mine = TestCatalog.shop().published();
        TestCatalog.Shop other = TestCatalog.shop();
        Map<String, Object> edit = edit(mine, "Cam của người khác");
        given().auth().oauth2(other.token()).contentType(ContentType.JSON).body(edit).put("/api/products/" + mine.id())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other.token()).post("/api/products/" + mine.id() + "/pause").then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other.token()).post("/api/products/" + mine.id() + "/publish").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/products/" + mine.id()).then().statusCode(200).body("name", equalTo(mine.name()))
                .body("status", equalTo("PUBLISHED")).body("version", equalTo((int) mine.version()));
    }

    @Test
    void writesNeedASignedInSeller() {
        TestCatalog.Listed mine = TestCatalog.shop().draft();
        Map<String, Object> body = mine.shop().product("Cam mới").body();
        String buyer = TestAccounts.buyer().token();
        given().contentType(ContentType.JSON).body(body).post("/api/products").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(body).post("/api/products").then()
                .statusCode(403).contentType("application/problem+json");
        for (String action : List.of("/publish", "/pause")) {
            given().post("/api/products/" + mine.id() + action).then().statusCode(401);
            given().auth().oauth2(buyer).post("/api/products/" + mine.id() + action).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(edit(mine, "x")).put("/api/products/" + mine.id()).then()
                .statusCode(401);
        given().auth().oauth2(buyer).contentType(ContentType.JSON).body(edit(mine, "x"))
                .put("/api/products/" + mine.id()).then().statusCode(403);
        given().auth().oauth2(mine.shop().token()).get("/api/products/" + mine.id()).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    @Test
    void draftsAndPausedProductsAreSeenOnlyByTheirSeller() {
        TestCatalog.Listed draft = TestCatalog.shop().draft();
        String path = "/api/products/" + draft.id();
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestAccounts.buyer().token()).get(path).then().statusCode(404);
        given().auth().oauth2(TestCatalog.shop().token()).get(path).then().statusCode(404);
        given().auth().oauth2(draft.shop().token()).get(path).then().statusCode(200).body("status", equalTo("DRAFT"));

        given().auth().oauth2(draft.shop().token()).post(path + "/publish").then().statusCode(200).body("status",
                equalTo("PUBLISHED"));
        given().get(path).then().statusCode(200).body("name", equalTo(draft.name()));
        given().auth().oauth2(draft.shop().token()).post(path + "/pause").then().statusCode(200).body("status",
                equalTo("PAUSED"));
        given().get(path).then().statusCode(404);
        given().get("/api/sellers/" + draft.shop().sellerId()).then().statusCode(200).body("products.id",
                not(hasItem((int) draft.id())));
    }

    @Test
    void aRejectedProductLeavesTheMarketUntilItsSellerEditsAndRepublishesIt() {
        TestCatalog.Listed listed = TestCatalog.shop().published();
        String path = "/api/products/" + listed.id();
        assertListed(listed, true);

        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(Map.of("reason", "Tự duyệt"))
                .post("/api/admin/products/" + listed.id() + "/reject").then().statusCode(403);
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/api/admin/products/" + listed.id() + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        String reason = "Ảnh không phải sản phẩm thật; hãy chụp cam của vườn nhà.";
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/admin/products/" + listed.id() + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        long version = given().auth().oauth2(listed.shop().token()).get(path).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", equalTo(reason)).extract().jsonPath()
                .getLong("version");
        given().get(path).then().statusCode(404);
        assertListed(listed, false);
        given().auth().oauth2(listed.shop().token()).post(path + "/publish").then().statusCode(409)
                .contentType("application/problem+json");

        Map<String, Object> edit = edit(listed, listed.name());
        edit.put("version", version);
        edit.put("description", "Cam Vàng chín cây, ảnh chụp tại vườn.");
        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(edit).put(path).then()
                .statusCode(200).body("status", equalTo("DRAFT")).body("rejectionReason", nullValue());
        given().auth().oauth2(listed.shop().token()).post(path + "/publish").then().statusCode(200).body("status",
                equalTo("PUBLISHED"));
        given().get(path).then().statusCode(200).body("description", containsString("chụp tại vườn"));
        assertListed(listed, true);
    }

    @Test
    void anEditFromAStaleCopyIs409AndTheNewerEditStays() {
        TestCatalog.Listed listed = TestCatalog.shop().draft();
        String path = "/api/products/" + listed.id();
        Map<String, Object> phone = edit(listed, "Cam Vàng (sửa trên điện thoại)");
        Map<String, Object> laptop = edit(listed, "Cam Vàng (sửa trên máy tính)");
        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(phone).put(path).then()
                .statusCode(200).body("version", equalTo((int) listed.version() + 1));
        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(laptop).put(path).then()
                .statusCode(409).contentType("application/problem+json").body("status", equalTo(409))
                .body("detail", equalTo("Sản phẩm vừa được sửa ở nơi khác. Hãy tải lại rồi sửa tiếp."));
        given().auth().oauth2(listed.shop().token()).get(path).then().body("name",
                equalTo("Cam Vàng (sửa trên điện thoại)"));
        laptop.remove("version");
        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(laptop).put(path).then()
                .statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void anEditKeepsVariantIdsAndRefusesAnUnknownOne() {
        TestCatalog.Listed listed = TestCatalog.shop().draft();
        Map<String, Object> edit = edit(listed, listed.name());
        edit.put("variants",
                List.of(Map.of("id", listed.variantIds().get(0), "label", "hộp 1 kg", "weightGrams", 1100, "priceVnd",
                        48_000, "stock", 80),
                        Map.of("label", "thùng 10 kg", "weightGrams", 10_500, "priceVnd", 420_000, "stock", 5)));
        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(edit)
                .put("/api/products/" + listed.id()).then().statusCode(200)
                .body("variants[0].id", equalTo(listed.variantIds().get(0).intValue()))
                .body("variants[0].priceVnd", equalTo(48_000)).body("variants[1].label", equalTo("thùng 10 kg"));
        Map<String, Object> stale = edit(listed, listed.name());
        stale.put("version", listed.version() + 1);
        stale.put("variants", List.of(
                Map.of("id", 999_999_999, "label", "hộp 1 kg", "weightGrams", 1100, "priceVnd", 48_000, "stock", 80)));
        given().auth().oauth2(listed.shop().token()).contentType(ContentType.JSON).body(stale)
                .put("/api/products/" + listed.id()).then().statusCode(400)
                .body("errors[0].field", equalTo("variants[0].id"));
    }

    @Test
    void anInvalidProductIs400NamingEachField() {
        TestCatalog.Shop shop = TestCatalog.shop();
        Map<String, Object> body = shop.product(" ").variant("", 0, -5, -1).body();
        body.put("category", "FRUIT");
        given().auth().oauth2(shop.token()).contentType(ContentType.JSON).body(body).post("/api/products").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", equalTo(List.of("name",
                        "variants[0].label", "variants[0].priceVnd", "variants[0].stock", "variants[0].weightGrams")));
    }

    @Test
    void retryingACreationWithTheSameKeyGivesTheSameProductOnce() {
        TestCatalog.Shop shop = TestCatalog.shop();
        Map<String, Object> body = shop.product(TestCatalog.unique("Gạo nếp nương")).category("RICE_GRAINS").body();
        String key = UUID.randomUUID().toString();
        Response first = given().auth().oauth2(shop.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/products");
        first.then().statusCode(201);
        Response retry = given().auth().oauth2(shop.token()).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/products");
        retry.then().statusCode(201);
        assertEquals(first.jsonPath().getMap("$"), retry.jsonPath().getMap("$"));
        assertEquals(1, productsOnTheShopPage(shop));

        Map<String, Object> other = new HashMap<>(body);
        other.put("name", "Gạo tẻ");
        given().auth().oauth2(shop.token()).header("Idempotency-Key", key).contentType(ContentType.JSON).body(other)
                .post("/api/products").then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, productsOnTheShopPage(shop));

        // Without a key every call creates; another key is another product.
        given().auth().oauth2(shop.token()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post("/api/products").then().statusCode(201)
                .body("id", not(equalTo(first.jsonPath().getInt("id"))));
        assertEquals(2, productsOnTheShopPage(shop));
    }

    @Test
    void thePublicListingHoldsPublishedProductsOnly() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed draft = shop.draft();
        TestCatalog.Listed published = shop.published();
        given().queryParam("size", 100).get("/api/products").then().statusCode(200)
                .body("items.id", hasItem((int) published.id())).body("items.id", not(hasItem((int) draft.id())));
        given().queryParam("category", "NOT_A_CATEGORY").get("/api/products").then().statusCode(400)
                .body("errors[0].field", equalTo("category"));
        given().get("/api/sellers/" + shop.sellerId()).then().statusCode(200)
                .body("products.id", equalTo(List.of((int) published.id())))
                .body("products.fromPriceVnd", everyItem(equalTo(45_000)));
    }

    /** A full edit body from the listing, at the version it was seen. */
    static Map<String, Object> edit(TestCatalog.Listed listed, String name) {
        Map<String, Object> body = listed.shop().product(name).body();
        body.put("variants", List.of(Map.of("id", listed.variantIds().get(0), "label", "hộp 1 kg", "weightGrams", 1100,
                "priceVnd", 45_000, "stock", 100)));
        body.put("version", listed.version());
        return body;
    }

    private static void assertListed(TestCatalog.Listed listed, boolean expected) {
        var ids = given().queryParam("size", 100).get("/api/products").then().statusCode(200).extract().jsonPath()
                .getList("items.id", Long.class);
        assertEquals(expected, ids.contains(listed.id()), "in the public listing");
        var shopIds = given().get("/api/sellers/" + listed.shop().sellerId()).then().statusCode(200).extract()
                .jsonPath().getList("products.id", Long.class);
        assertEquals(expected, shopIds.contains(listed.id()), "on the seller's public page");
    }

    private static int productsOnTheShopPage(TestCatalog.Shop shop) {
        String page = given().cookie("chophien_session", shop.token()).get("/seller").then().statusCode(200).extract()
                .asString();
        Matcher rows = Pattern.compile("class=\"card product-row\"").matcher(page);
        int count = 0;
        while (rows.find()) {
            count++;
        }
        return count;
    }
}
