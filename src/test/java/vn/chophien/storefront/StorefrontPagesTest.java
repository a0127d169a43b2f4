package vn.chophien.storefront;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.catalog.TestShops;
import vn.chophien.catalog.TestShops.Pack;

/** What a buyer sees on the storefront's pages, without JavaScript. */
@QuarkusTest
class StorefrontPagesTest {

    @Test
    void aProductPageShowsPriceOriginSellerOcopAndTrace() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX Cam Vàng " + word, TestShops.BAC_QUANG);
        TestShops.Listing orange = TestShops.published(shop, "Cam Vàng " + word, "FRUIT",
                "Cam sành vàng Hà Giang, vỏ mỏng, ngọt thanh.", new Pack("thùng 10 kg", 10_000, 450_000, 3),
                new Pack("túi 3 kg", 3000, 145_000, 40));
        TestShops.certify(shop, orange, 4, "08");
        String trace = given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("harvestedOn", LocalDate.now().minusDays(3).toString(), "quantityKg", 1200, "notes",
                        "Hái chín cây."))
                .post("/api/products/" + orange.id() + "/batches").then().statusCode(201).extract().path("traceUrl");

        given().get("/p/" + orange.slug()).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<h1>Cam Vàng " + word + "</h1>")).body(containsString("450.000\u00a0₫"))
                .body(containsString("145.000\u00a0₫")).body(containsString("Chỉ còn 3"))
                .body(containsString("Còn hàng")).body(containsString("Xã Bắc Quang, Tuyên Quang"))
                .body(containsString("href=\"/s/" + shop.slug() + "\"")).body(containsString("OCOP 4 sao"))
                .body(containsString("Giấy chứng nhận số QĐ-")).body(containsString("href=\"" + trace + "\""))
                .body(containsString("<meta name=\"description\" content=\"Cam sành vàng Hà Giang"))
                .body(containsString("<meta property=\"og:title\" content=\"Cam Vàng " + word + "\">"))
                .body(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/p/" + orange.slug()));

        given().cookie("lang", "en").get("/p/" + orange.slug()).then().statusCode(200)
                .body(containsString("<html lang=\"en\">")).body(containsString("450,000\u00a0₫"))
                .body(containsString("4-star OCOP product"));
    }

    @Test
    void draftsAndUnknownProductsAreNotFound() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing draft = TestShops.draft(shop, "Chè " + word, "TEA", "", new Pack("gói", 200, 90_000, 4));
        given().get("/p/" + draft.slug()).then().statusCode(404).contentType(containsString("text/html"));
        given().get("/p/khong-co-san-pham-nay-" + word).then().statusCode(404);
    }

    @Test
    void whatSellersAndBuyersTypeIsShownAsText() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("<b>HTX</b> " + word, TestShops.BAC_QUANG);
        TestShops.Listing evil = TestShops.published(shop, "<script>alert('x')</script> " + word, "FRUIT",
                "<img src=x onerror=alert(1)>", new Pack("<i>kg</i>", 1000, 50_000, 5));
        String product = given().get("/p/" + evil.slug()).then().statusCode(200).extract().asString();
        assertEquals(-1, product.indexOf("<script>alert"), "a product name ran as a script");
        assertEquals(-1, product.indexOf("<img src=x"), "a description became markup");
        assertEquals(-1, product.indexOf("<i>kg</i>"), "a variant label became markup");
        given().get("/p/" + evil.slug()).then().body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        given().queryParam("q", "\"><script>alert(2)</script>").get("/search").then().statusCode(200)
                .body(not(containsString("<script>alert(2)"))).body(containsString("&lt;script&gt;alert(2)"));
        given().get("/s/" + shop.slug()).then().statusCode(200).body(not(containsString("<b>HTX</b>")))
                .body(containsString("&lt;b&gt;HTX&lt;/b&gt;"));
    }

    @Test
    void theSearchPageFindsWithoutDiacriticsAndPagesThroughResults() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        for (int i = 1; i <= 26; i++) {
            TestShops.published(shop, "Cam Vàng số " + i + " " + word, 100_000 + i, 5);
        }
        String first = given().queryParam("q", "cam vang " + word).get("/search").then().statusCode(200)
                .body(containsString("26 sản phẩm")).body(containsString("Trang 1/2"))
                .body(containsString("rel=\"next\" href=\"/search?q=cam+vang+" + word + "&amp;page=2\"")).extract()
                .asString();
        assertEquals(24, count(first, "class=\"product-card\""));
        String second = given().queryParam("q", "cam vang " + word).queryParam("page", 2).get("/search").then()
                .statusCode(200).body(containsString("Trang 2/2")).extract().asString();
        assertEquals(2, count(second, "class=\"product-card\""));
        given().queryParam("q", "cam vang " + word).queryParam("sort", "price_desc").queryParam("stars", "9")
                .queryParam("minPrice", "abc").get("/search").then().statusCode(200)
                .body(containsString("Cam Vàng số 26 " + word));
        given().queryParam("q", "khong co gi " + word).get("/search").then().statusCode(200)
                .body(containsString("Không tìm thấy sản phẩm nào"));
    }

    @Test
    void aSellersShopPagePagesThroughItsProducts() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("Hộ ông Lò Văn Páo " + word, "01153");
        for (int i = 1; i <= 25; i++) {
            TestShops.published(shop, "Gạo nếp nương " + i + " " + word, 60_000, 10);
        }
        String first = given().get("/s/" + shop.slug()).then().statusCode(200)
                .body(containsString("<h1>Hộ ông Lò Văn Páo " + word + "</h1>"))
                .body(containsString("Xã Bắc Quang, Tuyên Quang")).body(containsString("25 sản phẩm"))
                .body(containsString("href=\"/s/" + shop.slug() + "?page=2\"")).extract().asString();
        assertEquals(24, count(first, "class=\"product-card\""));
        given().get("/s/" + shop.slug() + "?page=2").then().statusCode(200)
                .body(containsString("Gạo nếp nương 1 " + word));
        given().get("/s/khong-co-" + word).then().statusCode(404);
    }

    @Test
    void categoryAndProvincePagesListTheirProducts() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.published(shop, "Mật ong bạc hà " + word, "HONEY", "", new Pack("chai", 750, 250_000, 9));
        given().get("/c/mat-ong").then().statusCode(200).body(containsString("<h1>Mật ong</h1>"))
                .body(containsString("Mật ong bạc hà " + word));
        given().get("/t/tuyen-quang").then().statusCode(200).body(containsString("<h1>Tuyên Quang</h1>"))
                .body(containsString("Mật ong bạc hà " + word));
        given().get("/c/khong-co").then().statusCode(404);
        given().get("/").then().statusCode(200).body(containsString("href=\"/c/mat-ong\""))
                .body(containsString("href=\"/t/tuyen-quang\""));
    }

    @Test
    void pagesCarryAnEtagAndAnswer304WhenUnchanged() {
        String word = TestShops.word();
        TestShops.Listing listing = TestShops.published(TestShops.open("HTX " + word, TestShops.BAC_QUANG),
                "Chè Shan tuyết " + word, 180_000, 5);
        String csrf = "AAAAAAAAAAAAAAAAAAAAAA";
        String etag = given().cookie("chophien_csrf", csrf).get("/p/" + listing.slug()).then().statusCode(200)
                .header("ETag", not(emptyString())).header("Cache-Control", containsString("no-cache")).extract()
                .header("ETag");
        given().cookie("chophien_csrf", csrf).header("If-None-Match", etag).get("/p/" + listing.slug()).then()
                .statusCode(304).body(equalTo(""));
        given().cookie("chophien_csrf", csrf).cookie("lang", "en").header("If-None-Match", etag)
                .get("/p/" + listing.slug()).then().statusCode(200);
    }

    @Test
    void searchEnginesGetASitemapAndRobots() {
        String word = TestShops.word();
        TestShops.Shop shop = TestShops.open("HTX " + word, TestShops.BAC_QUANG);
        TestShops.Listing listing = TestShops.published(shop, "Trà hoa vàng " + word, 300_000, 4);
        given().get("/sitemap.xml").then().statusCode(200).contentType(containsString("xml"))
                .body(containsString("<loc>http://localhost:8080/p/" + listing.slug() + "</loc>"))
                .body(containsString("<loc>http://localhost:8080/s/" + shop.slug() + "</loc>"))
                .body(containsString("<loc>http://localhost:8080/c/mat-ong</loc>"))
                .body(containsString("<loc>http://localhost:8080/t/tuyen-quang</loc>"));
        given().get("/robots.txt").then().statusCode(200)
                .body(containsString("Sitemap: http://localhost:8080/sitemap.xml"))
                .body(containsString("Disallow: /seller"));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
