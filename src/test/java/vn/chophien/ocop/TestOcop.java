package vn.chophien.ocop;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestCatalog;

/** OCOP data for tests, made through the API: officers of a province, certificates submitted by a shop. */
public final class TestOcop {

    public static final String TUYEN_QUANG = "08";
    public static final String GIA_LAI = "52";
    public static final String HUE = "46";

    private TestOcop() {
    }

    /** Today as it is in Vietnam, where certificates are issued and lapse. */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** An OCOP officer of a province, made by the ADMIN as the only way to make one. */
    public static TestAccounts.SignedIn officer(String provinceCode) {
        String phone = TestAccounts.newPhone();
        String password = "can-bo-ocop-" + phone;
        long id = given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password, "name", "Cán bộ OCOP " + provinceCode, "role",
                        "OCOP_OFFICER", "provinceCode", provinceCode))
                .post("/api/admin/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestAccounts.SignedIn(id, phone, password, TestAccounts.token(phone, password));
    }

    /** A four-star certificate issued a year ago for these products, valid for the full 36 months. */
    public static Map<String, Object> certificate(List<Long> productIds) {
        LocalDate issued = today().minusYears(1);
        return certificate(productIds, issued, issued.plusMonths(36));
    }

    public static Map<String, Object> certificate(List<Long> productIds, LocalDate issuedOn, LocalDate expiresOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("productIds", productIds);
        body.put("stars", 4);
        body.put("number", "1234/QĐ-UBND");
        body.put("issuedBy", "UBND tỉnh Tuyên Quang");
        body.put("issuedOn", issuedOn.toString());
        body.put("expiresOn", expiresOn.toString());
        return body;
    }

    /** Submits a certificate as the shop; its id. */
    public static long submit(TestCatalog.Shop shop, Map<String, Object> certificate) {
        return given().auth().oauth2(shop.token()).contentType(ContentType.JSON).body(certificate)
                .post("/api/ocop/certificates").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void verify(TestAccounts.SignedIn officer, long certificateId) {
        given().auth().oauth2(officer.token()).post("/api/ocop/certificates/" + certificateId + "/verify").then()
                .statusCode(200);
    }
}
