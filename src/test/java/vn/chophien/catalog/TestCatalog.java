package vn.chophien.catalog;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;

/**
 * Catalog data for tests, made through the API as a farmer would: a seller account with its shop in a commune, then
 * products with their pack sizes, left as drafts or published.
 */
public final class TestCatalog {

    /** Xã Bắc Quang, Tuyên Quang (province 08), home of the Cam Vàng oranges. */
    public static final String BAC_QUANG = "01153";
    /** Phường Quy Nhơn Bắc, Gia Lai (province 52). */
    public static final String QUY_NHON_BAC = "21553";
    /** Phường Phú Xuân, Huế (province 46). */
    public static final String PHU_XUAN = "19753";

    private TestCatalog() {
    }

    /** A seller account with its shop; {@code token} acts for it. */
    public record Shop(TestAccounts.SignedIn owner, long sellerId, String communeCode) {
        public String token() {
            return owner.token();
        }

        public ProductDraft product(String name) {
            return new ProductDraft(this, name);
        }

        /** A draft product with one variant, named uniquely for this test run. */
        public Listed draft() {
            return product(unique("Cam Vàng")).create();
        }

        public Listed published() {
            return product(unique("Cam Vàng")).published();
        }
    }

    /** A product as its seller last saw it. */
    public record Listed(Shop shop, long id, String slug, long version, List<Long> variantIds, String name) {
    }

    public static Shop shop() {
        return shopIn(BAC_QUANG);
    }

    public static Shop shopIn(String communeCode) {
        TestAccounts.SignedIn owner = TestAccounts.seller();
        long sellerId = given().auth().oauth2(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", "COOPERATIVE", "name", unique("HTX Nông sản"), "communeCode", communeCode,
                        "address", "Thôn Tân Thành"))
                .post("/api/sellers").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Shop(owner, sellerId, communeCode);
    }

    /** A name no other test of this run uses, so that slugs stay predictable: "Cam Vàng lô 48219305". */
    public static String unique(String name) {
        return name + " lô " + (10_000_000 + ThreadLocalRandom.current().nextInt(90_000_000));
    }

    /** A product being written, with its pack sizes; one "hộp 1 kg" unless others are given. */
    public static final class ProductDraft {
        private final Shop shop;
        private final String name;
        private String category = "FRUIT";
        private String description = "Cam sành vỏ vàng, trồng trên đồi ở Bắc Quang.";
        private final List<Map<String, Object>> variants = new ArrayList<>();

        ProductDraft(Shop shop, String name) {
            this.shop = shop;
            this.name = name;
        }

        public ProductDraft category(String code) {
            this.category = code;
            return this;
        }

        public ProductDraft variant(String label, int weightGrams, long priceVnd, int stock) {
            variants.add(Map.of("label", label, "weightGrams", weightGrams, "priceVnd", priceVnd, "stock", stock));
            return this;
        }

        public Map<String, Object> body() {
            Map<String, Object> body = new HashMap<>();
            body.put("name", name);
            body.put("category", category);
            body.put("description", description);
            body.put("variants",
                    variants.isEmpty()
                            ? List.of(
                                    Map.of("label", "hộp 1 kg", "weightGrams", 1100, "priceVnd", 45_000, "stock", 100))
                            : variants);
            return body;
        }

        public Listed create() {
            JsonPath json = given().auth().oauth2(shop.token()).contentType(ContentType.JSON).body(body())
                    .post("/api/products").then().statusCode(201).extract().jsonPath();
            return listed(shop, json);
        }

        public Listed published() {
            Listed draft = create();
            JsonPath json = given().auth().oauth2(shop.token()).post("/api/products/" + draft.id() + "/publish").then()
                    .statusCode(200).extract().jsonPath();
            return listed(shop, json);
        }
    }

    static Listed listed(Shop shop, JsonPath json) {
        return new Listed(shop, json.getLong("id"), json.getString("slug"), json.getLong("version"),
                json.getList("variants.id", Long.class), json.getString("name"));
    }
}
