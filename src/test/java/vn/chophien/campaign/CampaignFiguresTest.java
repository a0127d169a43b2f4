package vn.chophien.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.order.OrderRequests;
import vn.chophien.order.OrderService;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.TestOrders;

/**
 * A campaign's progress counts the orders of its products from every channel while it is open, cancelled ones aside;
 * its public page carries it with Open Graph tags and a share picture drawn on the server; officers open campaigns
 * and sellers bring products through the pages.
 */
@QuarkusTest
class CampaignFiguresTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    OrderService orders;

    @BeforeAll
    static void postFormsAsBrowsersDo() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }

    /** 2 + 3 (Postmart) + 1 (Voso) + 4 (Sendo) boxes of 10 kg sold, 5 more cancelled: 100 kg of a 1,000 kg target. */
    @Test
    void soldKilogramsCountEveryChannelButNotCancelledOrders() {
        JsonPath campaign = TestCampaigns.open("Mùa cam mọi kênh " + TestShops.word(), 1000, false);
        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 100);
        TestShops.Listing outside = TestShops.published(shop, "Mứt cam " + TestShops.word(), 80_000, 100);
        TestCampaigns.optIn(shop, campaign.getLong("id"), oranges.id(), null).then().statusCode(201);
        long variant = oranges.variantIds().get(0);

        TestOrders
                .place(TestAccounts.buyer(),
                        TestOrders.order("COD", TestOrders.BA_DINH, variant, 2, outside.variantIds().get(0), 7))
                .then().statusCode(201);
        TestAccounts.SignedIn changedMind = TestAccounts.buyer();
        long cancelled = TestOrders.place(changedMind, TestOrders.order("COD", TestOrders.BA_DINH, variant, 5)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(changedMind.token()).contentType("application/json").body("{}")
                .post("/api/orders/" + cancelled + "/cancel").then().statusCode(200);
        channelOrder("POSTMART", variant, 3);
        channelOrder("VOSO", variant, 1);
        channelOrder("SENDO", variant, 4);

        JsonPath view = TestCampaigns.bySlug(campaign.getString("slug"));
        assertEquals(100.0f, view.getFloat("soldKg"));
        assertEquals(1000, view.getInt("targetKg"));
        assertEquals(1, view.getInt("households"));
        assertEquals(1, view.getInt("communes"));
        assertEquals(100.0f, view.getFloat("products[0].soldKg"));

        given().get("/mua/" + campaign.getString("slug")).then().statusCode(200)
                .body(containsString("Đã bán 0,1 / 1 tấn")).body(containsString("value=\"10\""));

        // The province's dashboard shows the campaign against its target, and exports it.
        String progress = "sections.find { it.key == 'campaigns' }.progress.find { it.label == '"
                + campaign.getString("name") + "' }";
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/dashboard/provinces/" + TestCampaigns.TUYEN_QUANG)
                .then().statusCode(200).body(progress + ".value", equalTo(100))
                .body(progress + ".target", equalTo(1000)).body(progress + ".unit", equalTo("kg"));
        given().auth().oauth2(TestAccounts.adminToken())
                .get("/api/dashboard/provinces/" + TestCampaigns.TUYEN_QUANG + "/export.csv?table=campaigns").then()
                .statusCode(200).body(containsString(campaign.getString("name") + ","))
                .body(containsString(",100.0,1000,1,1,OPEN"));
    }

    private void channelOrder(String channel, long variant, int quantity) {
        QuarkusTransaction.requiringNew()
                .run(() -> orders.placeChannelOrder(new OrderRequests.PlaceChannelOrder(channel,
                        channel + "-" + TestShops.word(),
                        List.of(new OrderRequests.ChannelLine(variant, quantity, 390_000)),
                        new OrderRequests.ShipTo("Lê Văn Nam", "0912345678", "Số 5 Hàng Bạc", TestOrders.BA_DINH),
                        PaymentMethod.CHANNEL)));
    }

    @Test
    void thePublicPageHasOpenGraphTagsAndASharePictureOf1200By630() throws Exception {
        JsonPath campaign = TestCampaigns.open("Mùa cam Vàng " + TestShops.word(), 3000, true);
        String slug = campaign.getString("slug");
        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 0);
        TestCampaigns.optIn(shop, campaign.getLong("id"), oranges.id(), 200L).then().statusCode(201);

        String page = given().get("/mua/" + slug).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<meta property=\"og:title\" content=\"" + campaign.getString("name")))
                .body(containsString("<meta property=\"og:url\" content=\"http://localhost:8080/mua/" + slug + "\">"))
                .body(containsString("og:description")).body(containsString("<progress"))
                .body(containsString("href=\"/p/" + oranges.slug() + "\""))
                .body(containsString("Nhận đặt trước đến 200 kg"))
                .body(containsString("name=\"variantId\" value=\"" + oranges.variantIds().get(0) + "\""))
                .body(containsString("Đặt trước</button>")).extract().asString();
        // a visitor pre-orders from the page: the cart holds the box although none is in stock yet
        String csrf = csrf(page);
        Response added = given().cookie("chophien_csrf", csrf).redirects().follow(false)
                .formParams(Map.of("csrf-token", csrf, "variantId", oranges.variantIds().get(0), "quantity", "2"))
                .post("/cart/items");
        added.then().statusCode(303);
        given().cookie("chophien_cart", added.cookie("chophien_cart")).get("/cart").then().statusCode(200)
                .body(containsString(oranges.slug())).body(org.hamcrest.Matchers.not(containsString("Chỉ còn")));
        Matcher image = Pattern.compile("<meta property=\"og:image\" content=\"http://localhost:8080(/mua/" + slug
                + "/share\\.png\\?v=[0-9a-f]+)\">").matcher(page);
        org.junit.jupiter.api.Assertions.assertTrue(image.find(), page);

        Response png = given().get(image.group(1));
        png.then().statusCode(200).contentType("image/png");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png.asByteArray()));
        assertEquals(1200, picture.getWidth());
        assertEquals(630, picture.getHeight());
        String etag = png.header("ETag");
        given().header("If-None-Match", etag).get("/mua/" + slug + "/share.png").then().statusCode(304);

        // a sale changes the figures, so the picture is drawn again under a new tag
        TestOrders
                .place(TestAccounts.buyer(),
                        TestOrders.order("COD", TestOrders.BA_DINH, oranges.variantIds().get(0), 1))
                .then().statusCode(201);
        Response redrawn = given().header("If-None-Match", etag).get("/mua/" + slug + "/share.png");
        redrawn.then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, redrawn.header("ETag"));
        given().get("/mua/khong-co-mua-nay").then().statusCode(404);
    }

    @Test
    void anOfficerOpensACampaignAndASellerBringsAProductThroughThePages() {
        TestAccounts.SignedIn officer = TestCampaigns.officer(TestCampaigns.TUYEN_QUANG);
        Response desk = browser(officer).get("/campaigns");
        desk.then().statusCode(200).body(containsString("Mở chiến dịch"));
        String csrf = csrf(desk);
        String name = "Mùa cam trang " + TestShops.word();
        browser(officer, csrf).redirects().follow(false)
                .formParams(Map.of("csrf-token", csrf, "name", name, "provinceCode", "08", "opensOn",
                        TestCampaigns.today().toString(), "closesOn", TestCampaigns.today().toString(), "targetKg",
                        "500"))
                .post("/campaigns").then().statusCode(400).body(containsString("Ngày kết thúc phải sau ngày bắt đầu."));
        String location = browser(officer, csrf).redirects().follow(false)
                .formParams(Map.of("csrf-token", csrf, "name", name, "provinceCode", "08", "opensOn",
                        TestCampaigns.today().minusDays(1).toString(), "closesOn",
                        TestCampaigns.today().plusDays(20).toString(), "targetKg", "500", "preorders", "true"))
                .post("/campaigns").then().statusCode(303).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.contains("/mua/mua-cam-trang-"), location);
        browser(officer).get("/campaigns").then().body(containsString(name));
        long id = TestCampaigns.bySlug(location.substring(location.indexOf("/mua/") + 5)).getLong("id");

        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 0);
        Response mine = browser(shop.owner()).get("/seller/campaigns");
        mine.then().statusCode(200).body(containsString(name));
        String sellerCsrf = csrf(mine);
        browser(shop.owner(), sellerCsrf).redirects().follow(false)
                .formParams(Map.of("csrf-token", sellerCsrf, "productId", oranges.id(), "expectedKg", "40"))
                .post("/seller/campaigns/" + id + "/products").then().statusCode(303);
        TestOrders
                .place(TestAccounts.buyer(),
                        TestOrders.order("COD", TestOrders.BA_DINH, oranges.variantIds().get(0), 1))
                .then().statusCode(201);
        browser(shop.owner(), sellerCsrf)
                .formParams(Map.of("csrf-token", sellerCsrf, "harvestedOn", TestCampaigns.today().toString(),
                        "harvestedKg", "35,5"))
                .post("/seller/campaigns/" + id + "/products/" + oranges.id() + "/harvest").then().statusCode(200)
                .body(containsString("Đã ghi thu hoạch 35,5 kg: 1 đơn đặt trước sẵn sàng giao (10 kg)"));
    }

    private static RequestSpecification browser(TestAccounts.SignedIn account) {
        return given().cookie("chophien_session", account.token());
    }

    private static RequestSpecification browser(TestAccounts.SignedIn account, String csrf) {
        return browser(account).cookie("chophien_csrf", csrf);
    }

    private static String csrf(Response page) {
        return csrf(page.asString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
}
