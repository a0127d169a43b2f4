package vn.chophien.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import vn.chophien.account.TestAccounts;

/** A farmer's first listing from a phone, through the pages alone: open the shop, add a product, photo, stock. */
@QuarkusTest
class SellerPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void postFormsAsBrowsersDo() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }

    @Test
    void aFarmerOpensAShopAndListsAProductWithAPhoto() throws IOException {
        TestAccounts.SignedIn farmer = TestAccounts.seller();
        Response start = browser(farmer).get("/seller");
        start.then().statusCode(200).body(containsString("<h1>Mở cửa hàng</h1>"))
                .body(containsString("<option value=\"08\">Tuyên Quang</option>"));
        String csrf = csrf(start);

        browser(farmer, csrf).queryParam("province", "08").get("/seller").then().statusCode(200)
                .body(containsString("<option value=\"01153\">Xã Bắc Quang</option>"));

        browser(farmer, csrf).redirects().follow(false).formParam("csrf-token", csrf).formParam("province", "08")
                .formParam("communeCode", "01153").formParam("address", "Thôn Tân Thành")
                .formParam("name", "Hộ ông Lò Văn Páo").formParam("kind", "HOUSEHOLD").post("/seller").then()
                .statusCode(303);
        browser(farmer, csrf).get("/seller").then().statusCode(200).body(containsString("<h1>Hộ ông Lò Văn Páo</h1>"))
                .body(containsString("Xã Bắc Quang, Tuyên Quang")).body(containsString("Chưa có sản phẩm nào"));

        String location = browser(farmer, csrf).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("name", "Mật ong bạc hà Đồng Văn").formParam("category", "HONEY")
                .formParam("description", "Mật ong hoa bạc hà, thu tháng 11.").formParam("label", "chai 500 ml")
                .formParam("weightGrams", "750").formParam("priceVnd", "250.000").formParam("stock", "40")
                .post("/seller/products").then().statusCode(303).extract().header("Location");
        String productPath = location.substring(location.indexOf("/seller/products/"));
        long productId = Long.parseLong(productPath.substring("/seller/products/".length()));

        browser(farmer, csrf).get(productPath).then().statusCode(200)
                .body(containsString("accept=\"image/*\" capture=\"environment\"")).body(containsString("Chưa có ảnh"));
        browser(farmer, csrf).redirects().follow(false).multiPart("csrf-token", csrf)
                .multiPart("file", "IMG_0001.jpg", jpeg(), "image/jpeg").post(productPath + "/photos").then()
                .statusCode(303);
        browser(farmer, csrf).get(productPath).then().statusCode(200).body(containsString("Ảnh bìa"));

        given().auth().oauth2(farmer.token()).get("/api/products/" + productId).then().statusCode(200)
                .body("status", equalTo("DRAFT")).body("variants[0].priceVnd", equalTo(250000))
                .body("photos.size()", equalTo(1));

        String shop = browser(farmer, csrf).get("/seller").then().extract().asString();
        Matcher variant = Pattern.compile("name=\"stock-(\\d+)\"").matcher(shop);
        assertTrue(variant.find());
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(shop);
        assertTrue(version.find());
        Matcher packVersion = Pattern.compile("name=\"version-" + variant.group(1) + "\" value=\"(\\d+)\"")
                .matcher(shop);
        assertTrue(packVersion.find());
        browser(farmer, csrf).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("version", version.group(1)).formParam("version-" + variant.group(1), packVersion.group(1))
                .formParam("price-" + variant.group(1), "260000").formParam("stock-" + variant.group(1), "35")
                .post(productPath + "/stock").then().statusCode(303);
        browser(farmer, csrf).redirects().follow(false).formParam("csrf-token", csrf).post(productPath + "/publish")
                .then().statusCode(303);

        given().get("/api/products/" + productId).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("variants[0].priceVnd", equalTo(260000)).body("variants[0].stock", equalTo(35));
    }

    @Test
    void theSellerPagesNeedASellerSignedIn() {
        given().redirects().follow(false).get("/seller").then().statusCode(303).header("Location",
                containsString("/login?next=%2Fseller"));
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        browser(buyer).get("/seller").then().statusCode(403).body(not(containsString("Mở cửa hàng")));
    }

    private static RequestSpecification browser(TestAccounts.SignedIn account) {
        return given().cookie("chophien_session", account.token());
    }

    private static RequestSpecification browser(TestAccounts.SignedIn account, String csrf) {
        return browser(account).cookie("chophien_csrf", csrf);
    }

    private static String csrf(Response page) {
        Matcher m = CSRF.matcher(page.asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE5, 0x8A, 0x12));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
