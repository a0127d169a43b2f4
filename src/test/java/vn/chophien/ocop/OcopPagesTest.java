package vn.chophien.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import io.restassured.specification.RequestSpecification;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestCatalog;
import vn.chophien.photo.TestImages;

/**
 * The OCOP pages as a browser without JavaScript uses them: a seller sends a certificate with its scan, the officer of
 * the province verifies it at the desk, the product gets its badge; harvest batches from the product's page.
 */
@QuarkusTest
class OcopPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void postFormsAsBrowsersDo() {
        RestAssured.config = RestAssured.config()
                .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset(StandardCharsets.UTF_8));
    }

    @Test
    void aSellerSendsACertificateThroughTheFormAndTheOfficerOfItsProvinceVerifiesIt() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        TestCatalog.Listed honey = shop.product(TestCatalog.unique("Mật ong bạc hà")).category("HONEY").published();
        Response empty = browser(shop.owner()).get("/seller/certificates");
        empty.then().statusCode(200).body(containsString("<h1>Chứng nhận OCOP</h1>"))
                .body(containsString("Bạn chưa gửi giấy chứng nhận nào."))
                .body(containsString("accept=\"image/*,application/pdf\""))
                .body(containsString("value=\"" + orange.id() + "\"")).body(containsString(honey.name()));
        String csrf = csrf(empty);
        LocalDate issued = TestOcop.today().minusMonths(3);
        browser(shop.owner(), csrf).redirects().follow(false).multiPart(text("csrf-token", csrf))
                .multiPart(text("productIds", String.valueOf(orange.id()))).multiPart(text("stars", "4"))
                .multiPart(text("number", "0987/QĐ-UBND")).multiPart(text("issuedBy", "UBND tỉnh Tuyên Quang"))
                .multiPart(text("issuedOn", issued.toString()))
                .multiPart(text("expiresOn", issued.plusMonths(36).toString()))
                .multiPart("file", "giay-chung-nhan.jpg", TestImages.cameraJpeg(1200, 1600, 1), "image/jpeg")
                .post("/seller/certificates").then().statusCode(303)
                .header("Location", containsString("/seller/certificates"));
        browser(shop.owner(), csrf).get("/seller/certificates").then().statusCode(200).body(containsString("Chờ duyệt"))
                .body(containsString("0987/QĐ-UBND")).body(containsString("Xem bản chụp"));

        TestAccounts.SignedIn officer = TestOcop.officer(TestOcop.TUYEN_QUANG);
        Response desk = browser(officer, csrf).get("/ocop");
        desk.then().statusCode(200).body(containsString("<a href=\"/ocop\">Duyệt OCOP</a>"))
                .body(containsString("người bán ở Tuyên Quang")).body(containsString(orange.name()))
                .body(containsString("0987/QĐ-UBND"));
        long certificate = certificateOn(desk.asString(), "0987/QĐ-UBND");
        assertTrue(desk.asString().contains("/api/ocop/certificates/" + certificate + "/scan"), "a link to the scan");
        browser(officer, csrf).get("/api/ocop/certificates/" + certificate + "/scan").then().statusCode(200)
                .contentType("image/jpeg");
        browser(officer, csrf).redirects().follow(false).formParam("csrf-token", csrf)
                .post("/ocop/certificates/" + certificate + "/verify").then().statusCode(303);
        browser(officer, csrf).get("/ocop").then().statusCode(200).body(containsString("Đã xác nhận"))
                .body(not(containsString("/ocop/certificates/" + certificate + "/verify")));

        given().get("/api/products/" + orange.id()).then().statusCode(200).body("ocop.stars", equalTo(4))
                .body("ocop.number", equalTo("0987/QĐ-UBND"));
        given().get("/api/products/" + honey.id()).then().body("ocop", equalTo(null));
        browser(shop.owner(), csrf).get("/seller/certificates").then().body(containsString("Đã xác nhận"));
    }

    @Test
    void anOfficerOfAnotherProvinceHasAnEmptyDeskAndCannotDecide() {
        TestCatalog.Shop shop = TestCatalog.shop();
        long certificate = TestOcop.submit(shop, TestOcop.certificate(List.of(shop.draft().id())));
        TestAccounts.SignedIn hue = TestOcop.officer(TestOcop.HUE);
        Response desk = browser(hue).get("/ocop");
        desk.then().statusCode(200).body(containsString("người bán ở Thành phố Huế"))
                .body(containsString("Không có giấy chứng nhận nào đang chờ duyệt."))
                .body(containsString("Chưa duyệt giấy chứng nhận nào."))
                .body(not(containsString("/ocop/certificates/" + certificate + "/")));
        String csrf = csrf(desk);
        browser(hue, csrf).redirects().follow(false).formParam("csrf-token", csrf)
                .post("/ocop/certificates/" + certificate + "/verify").then().statusCode(404);
        browser(hue, csrf).redirects().follow(false).formParam("csrf-token", csrf).formParam("reason", "Sai tỉnh")
                .post("/ocop/certificates/" + certificate + "/reject").then().statusCode(404);
        given().auth().oauth2(shop.token()).get("/api/ocop/certificates").then().body("[0].status",
                equalTo("SUBMITTED"));
    }

    @Test
    void theDeskAsksForAReasonBeforeRejectingAndTellsWhenAlreadyDecided() {
        TestCatalog.Shop shop = TestCatalog.shop();
        long certificate = TestOcop.submit(shop, TestOcop.certificate(List.of(shop.draft().id())));
        TestAccounts.SignedIn officer = TestOcop.officer(TestOcop.TUYEN_QUANG);
        String csrf = csrf(browser(officer).get("/ocop"));
        browser(officer, csrf).formParam("csrf-token", csrf).formParam("reason", "   ")
                .post("/ocop/certificates/" + certificate + "/reject").then().statusCode(400)
                .body(containsString("<p class=\"field-error\">Không được để trống.</p>"));
        browser(officer, csrf).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("reason", "Bản chụp bị mờ, không đọc được số quyết định.")
                .post("/ocop/certificates/" + certificate + "/reject").then().statusCode(303);
        browser(officer, csrf).formParam("csrf-token", csrf).post("/ocop/certificates/" + certificate + "/verify")
                .then().statusCode(409).body(containsString("Giấy chứng nhận này đã được xét duyệt."));
        browser(shop.owner()).get("/seller/certificates").then().statusCode(200).body(containsString("Bị từ chối"))
                .body(containsString("Lý do từ chối: Bản chụp bị mờ, không đọc được số quyết định."));
    }

    @Test
    void aFormWithMistakesComesBackWithEachErrorNextToItsFieldAndNothingIsKept() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.draft();
        String csrf = csrf(browser(shop.owner()).get("/seller/certificates"));
        LocalDate issued = TestOcop.today().minusMonths(3);
        String page = browser(shop.owner(), csrf).multiPart(text("csrf-token", csrf)).multiPart(text("stars", "4"))
                .multiPart(text("number", "77/QĐ")).multiPart(text("issuedBy", " "))
                .multiPart(text("issuedOn", issued.toString()))
                .multiPart(text("expiresOn", issued.minusDays(1).toString()))
                .multiPart("file", "giay.jpg", TestImages.jpeg(300, 400), "image/jpeg").post("/seller/certificates")
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains("Hãy chọn ít nhất một sản phẩm được chứng nhận."), page);
        assertTrue(page.contains("Không được để trống."), page);
        assertTrue(page.contains("value=\"77/QĐ\""), "what was typed stays");

        page = browser(shop.owner(), csrf).multiPart(text("csrf-token", csrf))
                .multiPart(text("productIds", String.valueOf(orange.id()))).multiPart(text("stars", "4"))
                .multiPart(text("number", "77/QĐ")).multiPart(text("issuedBy", "UBND tỉnh Tuyên Quang"))
                .multiPart(text("issuedOn", issued.toString()))
                .multiPart(text("expiresOn", issued.minusDays(1).toString()))
                .multiPart("file", "giay.jpg", TestImages.jpeg(300, 400), "image/jpeg").post("/seller/certificates")
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains("<p class=\"field-error\">Ngày hết hạn phải sau ngày cấp.</p>"), page);

        // After the language switch (a cookie), the errors come in English like the page around them.
        page = browser(shop.owner(), csrf).cookie("lang", "en").multiPart(text("csrf-token", csrf))
                .multiPart(text("productIds", String.valueOf(orange.id()))).multiPart(text("stars", "4"))
                .multiPart(text("number", " ")).multiPart(text("issuedBy", "UBND tỉnh Tuyên Quang"))
                .multiPart(text("issuedOn", issued.toString())).multiPart(text("expiresOn", "31/02/2027"))
                .multiPart("file", "giay.jpg", TestImages.jpeg(300, 400), "image/jpeg").post("/seller/certificates")
                .then().statusCode(400).extract().asString();
        assertTrue(page.contains("<p class=\"field-error\">Must not be blank.</p>"), page);
        assertTrue(page.contains("<p class=\"field-error\">Invalid value.</p>"), page);

        page = browser(shop.owner(), csrf).cookie("lang", "en").multiPart(text("csrf-token", csrf))
                .multiPart(text("productIds", String.valueOf(orange.id()))).multiPart(text("stars", "4"))
                .multiPart(text("number", "77/QĐ")).multiPart(text("issuedBy", "UBND tỉnh Tuyên Quang"))
                .multiPart(text("issuedOn", issued.toString()))
                .multiPart(text("expiresOn", issued.plusMonths(36).toString()))
                .multiPart("file", "giay.txt", "không phải ảnh".getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/seller/certificates").then().statusCode(400).extract().asString();
        assertTrue(page.contains("<html lang=\"en\">"), page);
        assertTrue(page.contains(
                "<p class=\"field-error\">The certificate scan must be an image (JPEG, PNG, WebP) or a PDF file.</p>"),
                page);
        // The certificate was refused with its scan: nothing half-made is left behind.
        given().auth().oauth2(shop.token()).get("/api/ocop/certificates").then().body("size()", equalTo(0));
    }

    @Test
    void theShopWarnsOfACertificateThatLapsesWithin90Days() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        browser(shop.owner()).get("/seller").then().statusCode(200).body(not(containsString("sẽ hết hạn")));
        LocalDate today = TestOcop.today();
        LocalDate lapses = today.plusDays(45);
        long certificate = TestOcop.submit(shop,
                TestOcop.certificate(List.of(orange.id()), today.minusMonths(34), lapses));
        TestOcop.verify(TestOcop.officer(TestOcop.TUYEN_QUANG), certificate);
        String day = "%02d/%02d/%d".formatted(lapses.getDayOfMonth(), lapses.getMonthValue(), lapses.getYear());
        browser(shop.owner()).get("/seller").then().statusCode(200)
                .body(containsString("Giấy chứng nhận OCOP số 1234/QĐ-UBND sẽ hết hạn ngày " + day + "."))
                .body(containsString("href=\"/seller/certificates\""));
        browser(shop.owner()).get("/seller/certificates").then().statusCode(200)
                .body(containsString("Sắp hết hạn: giấy này hết hiệu lực ngày " + day));
    }

    @Test
    void aSellerRecordsAHarvestBatchFromTheProductPageAndPrintsItsQrCode() {
        TestCatalog.Listed orange = TestCatalog.shop().published();
        String productPage = "/seller/products/" + orange.id();
        Response edit = browser(orange.shop().owner()).get(productPage);
        edit.then().statusCode(200).body(containsString("Lô thu hoạch")).body(containsString("Chưa có lô nào."))
                .body(containsString("action=\"" + productPage + "/batches\""));
        String csrf = csrf(edit);
        LocalDate harvested = TestOcop.today().minusDays(2);
        browser(orange.shop().owner(), csrf).redirects().follow(false).formParam("csrf-token", csrf)
                .formParam("harvestedOn", harvested.toString()).formParam("quantityKg", "320,5")
                .formParam("notes", "Hái tay buổi sáng, phân loại tại vườn.").post(productPage + "/batches").then()
                .statusCode(303).header("Location", containsString(productPage + "#batches"));
        String code = given().auth().oauth2(orange.shop().token()).get("/api/products/" + orange.id() + "/batches")
                .then().body("size()", equalTo(1)).body("[0].quantityKg", equalTo(320.5f)).extract()
                .path("[0].traceCode");
        String day = "%02d/%02d/%d".formatted(harvested.getDayOfMonth(), harvested.getMonthValue(),
                harvested.getYear());
        browser(orange.shop().owner(), csrf).get(productPage).then().statusCode(200)
                .body(containsString("Thu hoạch " + day + " · 320.5 kg"))
                .body(containsString("<a href=\"/trace/" + code + "\">"))
                .body(containsString("<img src=\"/trace/" + code + "/qr.png\""));
        given().get("/trace/" + code + "/qr.png").then().statusCode(200).contentType("image/png");

        browser(orange.shop().owner(), csrf).formParam("csrf-token", csrf).formParam("harvestedOn", "30/02/2026")
                .formParam("quantityKg", "nhiều").formParam("notes", "").post(productPage + "/batches").then()
                .statusCode(400).body(containsString("value=\"30/02/2026\"")).body(containsString("value=\"nhiều\""))
                .body(matchesPattern("(?s).*(<p class=\"field-error\">Giá trị không hợp lệ.</p>.*){2}"));
        given().auth().oauth2(orange.shop().token()).get("/api/products/" + orange.id() + "/batches").then()
                .body("size()", equalTo(1));

        String other = csrf(browser(TestCatalog.shop().owner()).get("/seller"));
        browser(TestCatalog.shop().owner(), other).formParam("csrf-token", other)
                .formParam("harvestedOn", harvested.toString()).formParam("quantityKg", "1")
                .post(productPage + "/batches").then().statusCode(404);
    }

    @Test
    void thePagesNeedTheirRole() {
        given().redirects().follow(false).get("/ocop").then().statusCode(303).header("Location",
                containsString("/login?next=%2Focop"));
        given().redirects().follow(false).get("/seller/certificates").then().statusCode(303);
        TestCatalog.Shop shop = TestCatalog.shop();
        browser(shop.owner()).get("/ocop").then().statusCode(403);
        browser(shop.owner()).get("/seller").then().body(not(containsString("href=\"/ocop\"")));
        TestAccounts.SignedIn officer = TestOcop.officer(TestOcop.GIA_LAI);
        browser(officer).get("/seller/certificates").then().statusCode(403);
        browser(TestAccounts.buyer()).get("/seller/certificates").then().statusCode(403);
        // A seller with no shop yet is sent to open one first.
        browser(TestAccounts.seller()).redirects().follow(false).get("/seller/certificates").then().statusCode(303)
                .header("Location", containsString("/seller"));
    }

    /** The id of the certificate with this number on the officer's desk, from its verify form. */
    private static long certificateOn(String desk, String number) {
        Matcher m = Pattern.compile("id=\"certificate-(\\d+)\"").matcher(desk);
        while (m.find()) {
            int end = desk.indexOf("</article>", m.end());
            if (desk.substring(m.end(), end).contains(number)) {
                return Long.parseLong(m.group(1));
            }
        }
        throw new AssertionError("no certificate " + number + " on the desk");
    }

    /** A text field of a multipart form, in UTF-8 as browsers send it. */
    private static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
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
}
