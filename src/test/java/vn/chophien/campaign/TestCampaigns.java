package vn.chophien.campaign;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/** Officers, campaigns and products taking part, made through the API as the people concerned would. */
public final class TestCampaigns {

    /** Tuyên Quang, the province of {@link TestShops#BAC_QUANG}. */
    public static final String TUYEN_QUANG = "08";
    public static final String GIA_LAI = "52";

    private TestCampaigns() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public static TestAccounts.SignedIn officer(String provinceCode) {
        String phone = TestAccounts.newPhone();
        String password = "mat-khau-can-bo";
        long id = given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", password, "name", "Cán bộ OCOP " + provinceCode, "role",
                        "OCOP_OFFICER", "provinceCode", provinceCode))
                .post("/api/admin/accounts").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestAccounts.SignedIn(id, phone, password, TestAccounts.token(phone, password));
    }

    public static Map<String, Object> body(String name, String province, LocalDate opens, LocalDate closes,
            Object targetKg, boolean preorders) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("provinceCode", province);
        body.put("opensOn", opens.toString());
        body.put("closesOn", closes.toString());
        body.put("targetKg", targetKg);
        body.put("preorders", preorders);
        return body;
    }

    public static Response create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/campaigns");
    }

    /** An open campaign of Tuyên Quang, from yesterday for a month, made by an ADMIN. */
    public static JsonPath open(String name, long targetKg, boolean preorders) {
        return create(TestAccounts.adminToken(),
                body(name, TUYEN_QUANG, today().minusDays(1), today().plusDays(30), targetKg, preorders)).then()
                .statusCode(201).extract().jsonPath();
    }

    public static Response optIn(TestShops.Shop shop, long campaignId, long productId, Long expectedKg) {
        Map<String, Object> body = new HashMap<>();
        body.put("productId", productId);
        if (expectedKg != null) {
            body.put("expectedKg", expectedKg);
        }
        return given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON).body(body)
                .post("/api/campaigns/" + campaignId + "/products");
    }

    public static Response harvest(TestShops.Shop shop, long campaignId, long productId, String kg) {
        return given().auth().oauth2(shop.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("harvestedOn", today().toString(), "harvestedKg", kg, "notes", "Hái tay khi chín vàng."))
                .post("/api/campaigns/" + campaignId + "/products/" + productId + "/harvest");
    }

    public static JsonPath bySlug(String slug) {
        return given().get("/api/campaigns/" + slug).then().statusCode(200).extract().jsonPath();
    }
}
