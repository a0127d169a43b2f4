package vn.chophien.catalog;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;

/** Shops and listings for tests, made through the API as a seller would on a phone. */
public final class TestShops {

    /** Xã Bắc Quang, Tuyên Quang (part of Hà Giang until 2025). */
    public static final String BAC_QUANG = "01153";

    private TestShops() {
    }

    public record Shop(TestAccounts.SignedIn owner, long id, String slug, String name) {
    }

    public record Listing(long id, String slug, List<Long> variantIds) {
    }

    /** A pack size: label, weight in grams, price in VND, stock. */
    public record Pack(String label, int weightGrams, long priceVnd, int stock) {
    }

    /** A word no other test uses, of letters only, so a search for it finds only this test's products. */
    public static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    public static Shop open(String name, String communeCode) {
        TestAccounts.SignedIn owner = TestAccounts.seller();
        JsonPath seller = given()
                .auth().oauth2(owner.token()).contentType(ContentType.JSON).body(Map.of("kind", "COOPERATIVE", "name",
                        name, "communeCode", communeCode, "address", "Thôn Tân Thành"))
                .post("/api/sellers").then().statusCode(201).extract().jsonPath();
        return new Shop(owner, seller.getLong("id"), seller.getString("slug"), name);
    }

    public static Listing draft(Shop shop, String name, String category, String description, Pack... packs) {
        List<Map<String, Object>> variants = List.of(packs).stream().map(p -> Map.<String, Object>of("label", p.label(),
                "weightGrams", p.weightGrams(), "priceVnd", p.priceVnd(), "stock", p.stock())).toList();
        JsonPath product = given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "category", category, "description", description, "variants", variants))
                .post("/api/products").then().statusCode(201).extract().jsonPath();
        return new Listing(product.getLong("id"), product.getString("slug"),
                product.getList("variants.id", Long.class));
    }

    public static Listing published(Shop shop, String name, String category, String description, Pack... packs) {
        Listing listing = draft(shop, name, category, description, packs);
        given().auth().oauth2(shop.owner().token()).post("/api/products/" + listing.id() + "/publish").then()
                .statusCode(200);
        return listing;
    }

    /** Gives the listing a verified OCOP certificate of that many stars, in force until a year from today. */
    public static void certify(Shop shop, Listing listing, int stars, String provinceCode) {
        String phone = TestAccounts.newPhone();
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-can-bo", "name", "Cán bộ OCOP", "role",
                        "OCOP_OFFICER", "provinceCode", provinceCode))
                .post("/api/admin/accounts").then().statusCode(201);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long certificate = given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("productIds", List.of(listing.id()), "stars", stars, "number", "QĐ-" + word(), "issuedBy",
                        "UBND tỉnh Tuyên Quang", "issuedOn", today.minusYears(1).toString(), "expiresOn",
                        today.plusYears(1).toString()))
                .post("/api/ocop/certificates").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestAccounts.token(phone, "mat-khau-can-bo"))
                .post("/api/ocop/certificates/" + certificate + "/verify").then().statusCode(200);
    }

    public static Listing published(Shop shop, String name, long priceVnd, int stock) {
        return published(shop, name, "FRUIT", "", new Pack("thùng 10 kg", 10_000, priceVnd, stock));
    }
}
