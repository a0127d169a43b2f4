package vn.chophien.ocop;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestCatalog;
import vn.chophien.photo.TestImages;

/**
 * The OCOP certificate life cycle: a seller submits, an officer of the seller's province decides once, and the
 * product's badge follows the certificate's dates by itself. Officers of other provinces never see it.
 */
@QuarkusTest
class OcopResourceTest {

    private static final String CERTIFICATES = "/api/ocop/certificates";

    @Test
    void anOfficerOfTheSellersProvinceVerifiesAndTheProductShowsItsBadge() {
        TestCatalog.Listed orange = TestCatalog.shop().published();
        given().get("/api/products/" + orange.id()).then().body("ocop", nullValue());
        LocalDate issued = TestOcop.today().minusMonths(6);
        long id = given().auth().oauth2(orange.shop().token()).contentType(ContentType.JSON)
                .body(TestOcop.certificate(List.of(orange.id()), issued, issued.plusMonths(36))).post(CERTIFICATES)
                .then().statusCode(201).body("status", equalTo("SUBMITTED")).body("hasScan", equalTo(false))
                .body("inForce", equalTo(false)).extract().jsonPath().getLong("id");
        given().get("/api/products/" + orange.id()).then().body("ocop", nullValue());

        TestAccounts.SignedIn officer = TestOcop.officer(TestOcop.TUYEN_QUANG);
        given().auth().oauth2(officer.token()).queryParam("status", "SUBMITTED").get(CERTIFICATES).then()
                .statusCode(200).body("id", hasItem((int) id));
        given().auth().oauth2(officer.token()).post(CERTIFICATES + "/" + id + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("inForce", equalTo(true))
                .body("expiringSoon", equalTo(false));
        given().get("/api/products/" + orange.id()).then().statusCode(200).body("ocop.stars", equalTo(4))
                .body("ocop.number", equalTo("1234/QĐ-UBND")).body("ocop.issuedBy", equalTo("UBND tỉnh Tuyên Quang"))
                .body("ocop.expiresOn", equalTo(issued.plusMonths(36).toString()));
        given().auth().oauth2(orange.shop().token()).get(CERTIFICATES).then().statusCode(200)
                .body("find { it.id == %s }.status".formatted(id), equalTo("VERIFIED"));
    }

    @Test
    void officersOfOtherProvincesNeitherSeeNorDecideIt() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.draft();
        long id = TestOcop.submit(shop, TestOcop.certificate(List.of(orange.id())));
        given().auth().oauth2(shop.token()).multiPart("file", "giay.pdf", TestImages.pdf(), "application/pdf")
                .post(CERTIFICATES + "/" + id + "/scan").then().statusCode(200);
        for (String province : List.of(TestOcop.GIA_LAI, TestOcop.HUE)) {
            String elsewhere = TestOcop.officer(province).token();
            given().auth().oauth2(elsewhere).get(CERTIFICATES).then().statusCode(200).body("id",
                    not(hasItem((int) id)));
            given().auth().oauth2(elsewhere).post(CERTIFICATES + "/" + id + "/verify").then().statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(elsewhere).contentType(ContentType.JSON).body(Map.of("reason", "Không rõ"))
                    .post(CERTIFICATES + "/" + id + "/reject").then().statusCode(404);
            given().auth().oauth2(elsewhere).get(CERTIFICATES + "/" + id + "/scan").then().statusCode(404);
        }
        TestAccounts.SignedIn here = TestOcop.officer(TestOcop.TUYEN_QUANG);
        given().auth().oauth2(here.token()).get(CERTIFICATES + "/" + id + "/scan").then().statusCode(200)
                .contentType("application/pdf");
        given().auth().oauth2(shop.token()).get(CERTIFICATES).then().body("find { it.id == %s }.status".formatted(id),
                equalTo("SUBMITTED"));
    }

    @Test
    void aScanIsADownloadForItsSellerTheProvincesOfficersAndAdminsOnly() {
        TestCatalog.Shop shop = TestCatalog.shop();
        long id = TestOcop.submit(shop, TestOcop.certificate(List.of(shop.draft().id())));
        given().auth().oauth2(shop.token()).multiPart("file", "giay.pdf", TestImages.pdf(), "application/pdf")
                .post(CERTIFICATES + "/" + id + "/scan").then().statusCode(200);
        for (String token : List.of(shop.token(), TestOcop.officer(TestOcop.TUYEN_QUANG).token(),
                TestAccounts.adminToken())) {
            given().auth().oauth2(token).get(CERTIFICATES + "/" + id + "/scan").then().statusCode(200)
                    .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment"))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
        given().auth().oauth2(TestAccounts.buyer().token()).get(CERTIFICATES + "/" + id + "/scan").then()
                .statusCode(403);
        given().auth().oauth2(TestCatalog.shop().token()).get(CERTIFICATES + "/" + id + "/scan").then().statusCode(404);
    }

    @Test
    void aRejectionNeedsAReasonWhichTheSellerReads() {
        TestCatalog.Shop shop = TestCatalog.shop();
        long id = TestOcop.submit(shop, TestOcop.certificate(List.of(shop.draft().id())));
        String officer = TestOcop.officer(TestOcop.TUYEN_QUANG).token();
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reason", "  "))
                .post(CERTIFICATES + "/" + id + "/reject").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{}")
                .post(CERTIFICATES + "/" + id + "/reject").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        String reason = "Số quyết định không có trong sổ cấp của tỉnh.";
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(CERTIFICATES + "/" + id + "/reject").then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(shop.token()).get(CERTIFICATES).then()
                .body("find { it.id == %s }.status".formatted(id), equalTo("REJECTED"))
                .body("find { it.id == %s }.rejectionReason".formatted(id), equalTo(reason));
    }

    @Test
    void aCertificateIsDecidedOnlyOnce() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        long id = TestOcop.submit(shop, TestOcop.certificate(List.of(orange.id())));
        String officer = TestOcop.officer(TestOcop.TUYEN_QUANG).token();
        given().auth().oauth2(officer).post(CERTIFICATES + "/" + id + "/verify").then().statusCode(200);
        given().auth().oauth2(officer).post(CERTIFICATES + "/" + id + "/verify").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("reason", "Nhầm"))
                .post(CERTIFICATES + "/" + id + "/reject").then().statusCode(409)
                .body("detail", equalTo("Giấy chứng nhận này đã được xét duyệt."));
        given().auth().oauth2(shop.token()).multiPart("file", "giay.jpg", TestImages.jpeg(300, 400), "image/jpeg")
                .post(CERTIFICATES + "/" + id + "/scan").then().statusCode(409);
        given().get("/api/products/" + orange.id()).then().body("ocop.stars", equalTo(4));
    }

    @Test
    void aCertificateThatLapsedYesterdayShowsNoBadge() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        LocalDate today = TestOcop.today();
        long id = TestOcop.submit(shop,
                TestOcop.certificate(List.of(orange.id()), today.minusMonths(35), today.minusDays(1)));
        given().auth().oauth2(TestOcop.officer(TestOcop.TUYEN_QUANG).token()).post(CERTIFICATES + "/" + id + "/verify")
                .then().statusCode(200).body("status", equalTo("VERIFIED")).body("inForce", equalTo(false))
                .body("expiringSoon", equalTo(false));
        given().get("/api/products/" + orange.id()).then().statusCode(200).body("ocop", nullValue());
    }

    @Test
    void aCertificateLapsingWithin90DaysWarnsItsSellerAndStillShowsTheBadge() {
        TestCatalog.Shop shop = TestCatalog.shop();
        TestCatalog.Listed orange = shop.published();
        TestCatalog.Listed tea = shop.published();
        LocalDate today = TestOcop.today();
        long soon = TestOcop.submit(shop,
                TestOcop.certificate(List.of(orange.id()), today.minusMonths(30), today.plusDays(30)));
        long later = TestOcop.submit(shop,
                TestOcop.certificate(List.of(tea.id()), today.minusMonths(30), today.plusDays(100)));
        TestAccounts.SignedIn officer = TestOcop.officer(TestOcop.TUYEN_QUANG);
        TestOcop.verify(officer, soon);
        TestOcop.verify(officer, later);
        given().auth().oauth2(shop.token()).get(CERTIFICATES).then().statusCode(200)
                .body("find { it.id == %s }.expiringSoon".formatted(soon), equalTo(true))
                .body("find { it.id == %s }.inForce".formatted(soon), equalTo(true))
                .body("find { it.id == %s }.expiringSoon".formatted(later), equalTo(false));
        given().get("/api/products/" + orange.id()).then().body("ocop.expiresOn",
                equalTo(today.plusDays(30).toString()));
    }

    @Test
    void datesOutsideTheOcopRulesAre400NamingTheField() {
        TestCatalog.Shop shop = TestCatalog.shop();
        List<Long> products = List.of(shop.draft().id());
        LocalDate today = TestOcop.today();
        refused(shop, TestOcop.certificate(products, today.minusMonths(2), today.minusMonths(3)), "expiresOn",
                "Ngày hết hạn phải sau ngày cấp.");
        refused(shop, TestOcop.certificate(products, today.minusMonths(2), today.minusMonths(2)), "expiresOn",
                "Ngày hết hạn phải sau ngày cấp.");
        refused(shop,
                TestOcop.certificate(products, today.minusMonths(2), today.minusMonths(2).plusMonths(36).plusDays(1)),
                "expiresOn", "Giấy chứng nhận OCOP có hiệu lực tối đa 36 tháng kể từ ngày cấp.");
        refused(shop, TestOcop.certificate(products, today.plusDays(2), today.plusMonths(30)), "issuedOn", null);
        Map<String, Object> sixStars = TestOcop.certificate(products);
        sixStars.put("stars", 6);
        refused(shop, sixStars, "stars", "Phải nhỏ hơn hoặc bằng 5.");
        Map<String, Object> noProducts = TestOcop.certificate(List.of());
        refused(shop, noProducts, "productIds", null);
        given().auth().oauth2(shop.token()).get(CERTIFICATES).then().body("size()", equalTo(0));
    }

    @Test
    void aCertificateIssuedTodayInVietnamIsAccepted() {
        TestCatalog.Shop shop = TestCatalog.shop();
        LocalDate today = TestOcop.today();
        TestOcop.submit(shop, TestOcop.certificate(List.of(shop.draft().id()), today, today.plusMonths(36)));
    }

    @Test
    void aSellerCertifiesOnlyItsOwnProductsAndScans() {
        TestCatalog.Shop shop = TestCatalog.shop();
        long mine = shop.draft().id();
        long theirs = TestCatalog.shop().draft().id();
        given().auth().oauth2(shop.token()).contentType(ContentType.JSON)
                .body(TestOcop.certificate(List.of(mine, theirs))).post(CERTIFICATES).then().statusCode(404)
                .contentType("application/problem+json");
        long id = TestOcop.submit(shop, TestOcop.certificate(List.of(mine)));
        TestCatalog.Shop other = TestCatalog.shop();
        given().auth().oauth2(other.token()).multiPart("file", "giay.pdf", TestImages.pdf(), "application/pdf")
                .post(CERTIFICATES + "/" + id + "/scan").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other.token()).get(CERTIFICATES + "/" + id + "/scan").then().statusCode(404);
        given().auth().oauth2(other.token()).get(CERTIFICATES).then().body("id", not(hasItem((int) id)));
        given().auth().oauth2(shop.token()).post(CERTIFICATES + "/" + id + "/verify").then().statusCode(403);
        given().auth().oauth2(TestAccounts.buyer().token()).contentType(ContentType.JSON)
                .body(TestOcop.certificate(List.of(mine))).post(CERTIFICATES).then().statusCode(403);
        given().contentType(ContentType.JSON).body(TestOcop.certificate(List.of(mine))).post(CERTIFICATES).then()
                .statusCode(401).contentType("application/problem+json");
        given().multiPart("file", "giay.pdf", TestImages.pdf(), "application/pdf")
                .post(CERTIFICATES + "/" + id + "/scan").then().statusCode(401);
        given().auth().oauth2(shop.token()).get(CERTIFICATES).then().body("size()", equalTo(1)).body("[0].hasScan",
                equalTo(false));
    }

    @Test
    void aScanIsAnImageOrAPdfAndNothingElse() {
        TestCatalog.Shop shop = TestCatalog.shop();
        long id = TestOcop.submit(shop, TestOcop.certificate(List.of(shop.draft().id())));
        String scan = CERTIFICATES + "/" + id + "/scan";
        given().auth().oauth2(shop.token()).multiPart("file", "giay.pdf", "chỉ là chữ".getBytes(), "application/pdf")
                .post(scan).then().statusCode(415).contentType("application/problem+json")
                .body("detail", equalTo("Bản chụp giấy chứng nhận phải là ảnh (JPEG, PNG, WebP) hoặc tệp PDF."));
        byte[] huge = new byte[10 * 1024 * 1024 + 1024];
        System.arraycopy(TestImages.pdf(), 0, huge, 0, TestImages.pdf().length);
        given().auth().oauth2(shop.token()).multiPart("file", "giay.pdf", huge, "application/pdf").post(scan).then()
                .statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(shop.token())
                .multiPart("file", "bom.png", TestImages.pngClaiming(9000, 9000), "image/png").post(scan).then()
                .statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(shop.token()).get(scan).then().statusCode(404);

        given().auth().oauth2(shop.token())
                .multiPart("file", "giay.jpg", TestImages.cameraJpeg(1200, 900, 1), "image/jpeg").post(scan).then()
                .statusCode(200).body("hasScan", equalTo(true));
        byte[] stored = given().auth().oauth2(shop.token()).get(scan).then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertFalse(TestImages.markers(stored).contains(0xe1), "no Exif in the scan");
        given().auth().oauth2(shop.token()).multiPart("file", "giay.pdf", TestImages.pdf(), "application/pdf")
                .post(scan).then().statusCode(200);
        given().auth().oauth2(shop.token()).get(scan).then().statusCode(200).contentType("application/pdf");
    }

    private static void refused(TestCatalog.Shop shop, Map<String, Object> body, String field, String message) {
        var response = given().auth().oauth2(shop.token()).contentType(ContentType.JSON).body(body).post(CERTIFICATES)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo(field));
        if (message != null) {
            response.body("errors[0].message", equalTo(message));
        }
    }
}
