package vn.chophien.campaign;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.chophien.campaign.TestCampaigns.GIA_LAI;
import static vn.chophien.campaign.TestCampaigns.TUYEN_QUANG;
import static vn.chophien.campaign.TestCampaigns.body;
import static vn.chophien.campaign.TestCampaigns.create;
import static vn.chophien.campaign.TestCampaigns.today;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/** Opening campaigns (dates, target, the officer's province) and sellers bringing their products. */
@QuarkusTest
class CampaignResourceTest {

    @Test
    void refusesBadDatesTargetsAndProvinces() {
        String admin = TestAccounts.adminToken();
        create(admin, body("Mùa cam", TUYEN_QUANG, today(), today(), 3000, false)).then().log().ifValidationFails()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("closesOn"))
                .body("errors.message", hasItem("Ngày kết thúc phải sau ngày bắt đầu."));
        create(admin, body("Mùa cam", TUYEN_QUANG, today(), today().minusDays(3), 3000, false)).then().statusCode(400)
                .body("errors.field", hasItem("closesOn"));
        create(admin, body("Mùa cam", TUYEN_QUANG, today(), today().plusDays(9), 0, false)).then().statusCode(400)
                .body("errors.field", hasItem("targetKg"));
        create(admin, body("Mùa cam", TUYEN_QUANG, today(), today().plusDays(9), -5, false)).then().statusCode(400)
                .body("errors.field", hasItem("targetKg"));
        create(admin, body("Mùa cam", "99", today(), today().plusDays(9), 3000, false)).then().statusCode(400)
                .body("errors.field", hasItem("provinceCode"));
    }

    /**
     * An officer opens campaigns for their own province only: another province's gets 403 (the province is public;
     * the officer has no say over it). Buyers and sellers get 403, visitors 401; an ADMIN opens one anywhere.
     */
    @Test
    void officersOpenCampaignsOfTheirProvinceOnly() {
        var ours = body("Mùa cam Vàng " + TestShops.word(), TUYEN_QUANG, today(), today().plusDays(60), 3000, true);
        create(TestCampaigns.officer(GIA_LAI).token(), ours).then().statusCode(403).body("detail",
                equalTo("Bạn chỉ mở được chiến dịch cho tỉnh của mình."));
        create(TestAccounts.seller().token(), ours).then().statusCode(403);
        given().contentType("application/json").body(ours).post("/api/campaigns").then().statusCode(401);
        JsonPath made = create(TestCampaigns.officer(TUYEN_QUANG).token(), ours).then().statusCode(201).extract()
                .jsonPath();
        String expected = "mua-cam-vang-" + ((String) ours.get("name")).substring("Mùa cam Vàng ".length());
        org.junit.jupiter.api.Assertions.assertEquals(expected, made.getString("slug"));
        // the same name again gets a slug of its own
        JsonPath again = create(TestAccounts.adminToken(), ours).then().statusCode(201).extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertEquals(expected + "-2", again.getString("slug"));
        create(TestAccounts.adminToken(),
                body("Mùa cà phê " + TestShops.word(), GIA_LAI, today(), today().plusDays(60), 500, false)).then()
                .statusCode(201);
        TestCampaigns.bySlug(expected);
        given().get("/api/campaigns/khong-co-chien-dich-nay").then().statusCode(404);
    }

    /** Sellers of the campaign's province bring their own products, once; others are refused. */
    @Test
    void sellersOfTheProvinceOptTheirOwnProductsIn() {
        JsonPath opened = TestCampaigns.open("Mùa cam " + TestShops.word(), 1000, true);
        long campaign = opened.getLong("id");
        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 10);
        TestShops.Shop elsewhere = TestShops.open("HTX Cà phê " + TestShops.word(),
                vn.chophien.catalog.TestCatalog.QUY_NHON_BAC);
        TestShops.Listing coffee = TestShops.published(elsewhere, "Cà phê " + TestShops.word(), 120_000, 10);

        TestCampaigns.optIn(elsewhere, campaign, coffee.id(), null).then().log().ifValidationFails().statusCode(400)
                .body("errors.field", hasItem("productId"));
        TestCampaigns.optIn(elsewhere, campaign, oranges.id(), null).then().statusCode(404);
        TestCampaigns.optIn(shop, campaign, oranges.id(), 500L).then().statusCode(201).body("expectedKg", equalTo(500));
        TestCampaigns.optIn(shop, campaign, oranges.id(), 500L).then().statusCode(409);
        given().auth().oauth2(TestAccounts.buyer().token()).contentType("application/json")
                .body(java.util.Map.of("productId", oranges.id())).post("/api/campaigns/" + campaign + "/products")
                .then().statusCode(403);

        JsonPath view = TestCampaigns.bySlug(opened.getString("slug"));
        org.junit.jupiter.api.Assertions.assertEquals(opened.getString("slug"), slugOf(campaign));
        org.junit.jupiter.api.Assertions.assertEquals(1, view.getInt("households"));
        org.junit.jupiter.api.Assertions.assertEquals(1, view.getInt("communes"));
        org.junit.jupiter.api.Assertions.assertEquals(oranges.id(), view.getLong("products[0].productId"));
        org.junit.jupiter.api.Assertions.assertTrue(view.getBoolean("products[0].preorderOpen"));
        String english = given().header("Accept-Language", "en").get("/mua/" + opened.getString("slug")).then()
                .statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(english.contains(" · 1 household · 1 commune<"), english);
    }

    /** A campaign past its last day closes by itself, and then takes no products and no pre-orders. */
    @Test
    void closesByItselfAfterItsLastDay() {
        TestShops.Shop shop = TestShops.open("HTX Cam " + TestShops.word(), TestShops.BAC_QUANG);
        TestShops.Listing oranges = TestShops.published(shop, "Cam Vàng " + TestShops.word(), 400_000, 0);
        JsonPath made = create(TestAccounts.adminToken(), body("Mùa cam cũ " + TestShops.word(), TUYEN_QUANG,
                today().minusDays(20), today().minusDays(1), 100, true)).then().statusCode(201).extract().jsonPath();
        Awaitility.await().atMost(Duration.ofMinutes(1))
                .until(() -> "CLOSED".equals(TestCampaigns.bySlug(made.getString("slug")).getString("status")));
        TestCampaigns.optIn(shop, made.getLong("id"), oranges.id(), 50L).then().statusCode(409).body("detail",
                equalTo("Chiến dịch đã kết thúc."));
    }

    private static String slugOf(long campaignId) {
        return given().auth().oauth2(TestAccounts.adminToken()).queryParam("size", 100).get("/api/campaigns").then()
                .statusCode(200).extract().jsonPath().getString("find { it.id == " + campaignId + " }.slug");
    }
}
