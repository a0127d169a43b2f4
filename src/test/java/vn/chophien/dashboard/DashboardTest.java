package vn.chophien.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;
import vn.chophien.fulfillment.TestPostal;
import vn.chophien.order.TestOrders;
import vn.chophien.syndication.TestChannels;

/**
 * A province's dashboard against figures counted by hand: households in two provinces sell through the storefront,
 * Postmart and Voso; one order is cancelled, one delivered by the post office; the officer of each province sees
 * only theirs, as JSON, CSV and the page.
 */
@QuarkusTest
class DashboardTest {

    /** Đắk Lắk and Lâm Đồng: no other test sells there, so every figure below is this test's own. */
    static final String DAK_LAK = "66";
    static final String LAM_DONG = "68";
    static final String TUY_HOA = "22015";
    static final String BINH_KIEN = "22045";
    static final String MUI_NE = "22918";
    /** Đồng Nai, for the export alone. */
    static final String DONG_NAI = "75";
    static final String DONG_XOAI = "25210";

    record Household(TestAccounts.SignedIn owner, long id) {
    }

    static Household household(String name, String kind, String commune) {
        TestAccounts.SignedIn owner = TestAccounts.seller();
        long id = given().auth().oauth2(owner.token()).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "name", name, "communeCode", commune, "address", "Thôn 2"))
                .post("/api/sellers").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Household(owner, id);
    }

    static TestShops.Listing listing(Household h, String name, int grams, long price) {
        return TestShops.published(new TestShops.Shop(h.owner(), h.id(), "", name), name, "FRUIT",
                "Sầu riêng chín cây, hái đúng độ, đóng thùng giao qua bưu điện.",
                new TestShops.Pack("gói", grams, price, 100));
    }

    static TestAccounts.SignedIn officer(String province) {
        String phone = TestAccounts.newPhone();
        given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("phone", phone, "password", "mat-khau-can-bo", "name", "Cán bộ OCOP " + province, "role",
                        "OCOP_OFFICER", "provinceCode", province))
                .post("/api/admin/accounts").then().statusCode(201);
        return new TestAccounts.SignedIn(0, phone, "mat-khau-can-bo", TestAccounts.token(phone, "mat-khau-can-bo"));
    }

    static void certify(Household h, TestShops.Listing listing, int stars, LocalDate expiresOn,
            TestAccounts.SignedIn officer) {
        long id = given().auth().oauth2(h.owner().token()).contentType(ContentType.JSON)
                .body(Map.of("productIds", List.of(listing.id()), "stars", stars, "number", "QĐ-" + TestShops.word(),
                        "issuedBy", "UBND tỉnh Đắk Lắk", "issuedOn", today().minusMonths(6).toString(), "expiresOn",
                        expiresOn.toString()))
                .post("/api/ocop/certificates").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(officer.token()).post("/api/ocop/certificates/" + id + "/verify").then().statusCode(200);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void figuresMatchWhatWasSoldCancelledAndDeliveredInTheProvinceAndNothingElse() {
        TestAccounts.SignedIn dakLak = officer(DAK_LAK);
        Household a = household("Hộ Ê Ban " + TestShops.word(), "HOUSEHOLD", TUY_HOA);
        Household b = household("Hộ Y Kông " + TestShops.word(), "HOUSEHOLD", BINH_KIEN);
        household("HTX Cà phê Buôn Ma Thuột " + TestShops.word(), "COOPERATIVE", TUY_HOA);
        Household lamDong = household("Hộ Phú Thủy " + TestShops.word(), "HOUSEHOLD", MUI_NE);
        TestShops.Listing durian = listing(a, "Sầu riêng Ri6", 2_000, 100_000);
        TestShops.Listing avocado = listing(b, "Bơ sáp 034", 500, 60_000);
        TestShops.Listing dragon = listing(lamDong, "Thanh long ruột đỏ", 1_000, 80_000);
        certify(a, durian, 4, today().plusYears(1), dakLak);
        certify(b, avocado, 3, today().plusDays(30), dakLak);

        // the storefront: 3 boxes of durian delivered (6 kg, 300.000 ₫); 2 of avocado cancelled by the buyer
        TestPostal.Office office = office(TUY_HOA);
        TestPostal.Ready delivered = TestPostal.ready(new TestShops.Shop(a.owner(), a.id(), "", ""), durian, "COD", 3);
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.pickUp(staff, delivered.parcel(), 6_000).then().statusCode(200);
        TestPostal.deliver(staff, delivered.parcel(), delivered.placed().getLong("totalVnd")).then().statusCode(200);
        TestAccounts.SignedIn buyer = TestAccounts.buyer();
        long cancelled = TestOrders
                .place(buyer, TestOrders.order("COD", TestOrders.BA_DINH, avocado.variantIds().get(0), 2)).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(buyer.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/orders/" + cancelled + "/cancel").then().statusCode(200);
        // Postmart: 3 avocado at its price of 55.000 ₫ (1,5 kg, 165.000 ₫); Voso: 1 durian (2 kg, 100.000 ₫)
        given().contentType(ContentType.JSON)
                .body(Map.of("orderCode", "PMD" + System.nanoTime(), "sku", "cp-v" + avocado.variantIds().get(0),
                        "quantity", 3, "price", 55_000, "paymentMethod", "PREPAID", "wardCode", TestOrders.SAI_GON))
                .post(TestChannels.postmart() + "/_sim/orders").then().statusCode(201).body("pushStatus", equalTo(202));
        given().contentType(ContentType.JSON)
                .body(Map.of("packKey", "cp-v" + durian.variantIds().get(0), "quantity", 1, "price", 100_000,
                        "wardCode", TestOrders.BA_DINH))
                .post(TestChannels.voso() + "/_sim/orders").then().statusCode(201);
        // Lâm Đồng's own sale, never in Đắk Lắk's figures
        TestOrders
                .place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, dragon.variantIds().get(0), 5))
                .then().statusCode(201);

        await().atMost(TestChannels.PATIENCE).until(() -> dashboard(dakLak, DAK_LAK).getLong("orders") == 3);
        JsonPath d = dashboard(dakLak, DAK_LAK);
        assertEquals(3, d.getLong("orders"));
        assertEquals(9_500, d.getLong("grams"));
        assertEquals(9.5f, d.getFloat("kg"));
        assertEquals(565_000, d.getLong("revenueVnd"));
        assertEquals(1, d.getLong("delivered.orders"));
        assertEquals(6_000, d.getLong("delivered.grams"));
        assertEquals(300_000, d.getLong("delivered.revenueVnd"));
        assertEquals(1, d.getLong("cancelled"));
        assertEquals(0, d.getLong("returned"));
        assertEquals(Map.of("onboarded", 2, "selling", 2, "sellers", 3, "trained", 0, "trainedSelling", 0),
                d.getMap("households"), "no class was held in this province");
        assertEquals(2, d.getLong("products.listed"));
        assertEquals(Map.of("3", 1, "4", 1), d.getMap("products.certified"));
        assertEquals(1, d.getLong("certificatesExpiring"));
        assertEquals(List.of("STOREFRONT", "POSTMART", "VOSO", "SENDO"), d.getList("byChannel.channel"));
        assertEquals(List.of(1, 1, 1, 0), d.getList("byChannel.orders"));
        assertEquals(List.of(300_000, 165_000, 100_000, 0), d.getList("byChannel.revenueVnd"));
        assertEquals(List.of(6_000, 1_500, 2_000, 0), d.getList("byChannel.grams"));
        assertEquals(List.of(TUY_HOA, BINH_KIEN), d.getList("byCommune.communeCode"));
        assertEquals(List.of(2, 1), d.getList("byCommune.orders"));
        assertEquals(List.of(400_000, 165_000), d.getList("byCommune.revenueVnd"));
        assertEquals(List.of(1, 0), d.getList("byCommune.delivered"));
        assertEquals(List.of("Sầu riêng Ri6", "Bơ sáp 034"), d.getList("byProduct.name"));
        assertEquals(List.of(2, 1), d.getList("byProduct.orders"));
        assertEquals(List.of(4, 3), d.getList("byProduct.units"));
        assertEquals(List.of(8_000, 1_500), d.getList("byProduct.grams"));
        assertEquals(2, d.getLong("productsSold"));
        List<Map<String, Object>> weeks = d.getList("byWeek");
        assertEquals(52, weeks.size());
        assertEquals(565_000, ((Number) weeks.get(51).get("revenueVnd")).longValue(), "all of it this week");
        assertEquals(Map.of("STOREFRONT", 300_000, "POSTMART", 165_000, "VOSO", 100_000, "SENDO", 0),
                weeks.get(51).get("revenueByChannel"));
        assertEquals(List.of(office.code()), d.getList("postOffices.code"));
        assertEquals(2, d.getLong("postOffices[0].orders"));
        assertEquals(1, d.getLong("postOffices[0].delivered"));
        long owed = given().auth().oauth2(staff.token()).get("/api/postal/remittances").then().statusCode(200).extract()
                .jsonPath().getLong("unsettled.netVnd");
        assertTrue(owed > 0);
        assertEquals(owed, d.getLong("postOffices[0].codOwedVnd"), "what the office's own report says it owes");

        JsonPath other = dashboard(officer(LAM_DONG), LAM_DONG);
        assertEquals(1, other.getLong("orders"));
        assertEquals(400_000, other.getLong("revenueVnd"));
        assertEquals(5_000, other.getLong("grams"));
    }

    @Test
    void eachTableComesAsCsvThatSpreadsheetsReadInVietnamese() {
        TestAccounts.SignedIn officer = officer(DONG_NAI);
        Household h = household("Hộ Đồng Xoài " + TestShops.word(), "HOUSEHOLD", DONG_XOAI);
        TestShops.Listing tea = listing(h, "Trà Ô Long Cầu Đất " + TestShops.word(), 250, 120_000);
        TestOrders.place(TestAccounts.buyer(), TestOrders.order("COD", TestOrders.BA_DINH, tea.variantIds().get(0), 2))
                .then().statusCode(201);

        byte[] csv = given().auth().oauth2(officer.token()).queryParam("table", "products")
                .get("/api/dashboard/provinces/" + DONG_NAI + "/export.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).header("Content-Disposition", containsString("attachment"))
                .extract().asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "a BOM");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("product_id,product,seller,orders,units,kg,revenue_vnd\r\n"), text);
        assertTrue(text.contains(tea.id() + ",Trà Ô Long Cầu Đất "), text);
        assertTrue(text.contains(",1,2,0.5,240000\r\n"), text);

        String channels = given().auth().oauth2(officer.token()).queryParam("table", "channels")
                .get("/api/dashboard/provinces/" + DONG_NAI + "/export.csv").then().statusCode(200).extract()
                .asString();
        assertTrue(channels.contains("Chợ Phiên,1,0.5,240000\r\nPostmart,0,0,0\r\n"), channels);
        given().auth().oauth2(officer.token()).queryParam("table", "secrets")
                .get("/api/dashboard/provinces/" + DONG_NAI + "/export.csv").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("table"));
    }

    @Test
    void anOfficerSeesOnlyTheirOwnProvinceAndAnAdminSeesAny() {
        TestAccounts.SignedIn dakLak = officer(DAK_LAK);
        given().get("/api/dashboard/provinces/" + DAK_LAK).then().statusCode(401);
        given().auth().oauth2(TestAccounts.buyer().token()).get("/api/dashboard/provinces/" + DAK_LAK).then()
                .statusCode(403);
        given().auth().oauth2(dakLak.token()).get("/api/dashboard/provinces/" + LAM_DONG).then().statusCode(403)
                .contentType("application/problem+json").body("revenueVnd", nullValue());
        given().auth().oauth2(dakLak.token()).queryParam("table", "products")
                .get("/api/dashboard/provinces/" + LAM_DONG + "/export.csv").then().statusCode(403);
        given().cookie("chophien_session", dakLak.token()).get("/dashboard/provinces/" + LAM_DONG).then()
                .statusCode(403).body(not(containsString("role=\"img\"")));
        given().auth().oauth2(dakLak.token()).get("/api/dashboard/provinces/" + DAK_LAK).then().statusCode(200)
                .body("provinceCode", equalTo(DAK_LAK));
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/dashboard/provinces/" + LAM_DONG).then()
                .statusCode(200).body("provinceCode", equalTo(LAM_DONG));
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/dashboard/provinces/99").then().statusCode(404);
        given().auth().oauth2(dakLak.token()).queryParam("from", "2026-12-31").queryParam("to", "2026-01-01")
                .get("/api/dashboard/provinces/" + DAK_LAK).then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().auth().oauth2(dakLak.token()).queryParam("from", "hôm qua").get("/api/dashboard/provinces/" + DAK_LAK)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
        // the header's link takes the officer to their province
        given().cookie("chophien_session", dakLak.token()).redirects().follow(false).get("/dashboard").then()
                .statusCode(303).header("Location", containsString("/dashboard/provinces/" + DAK_LAK));
    }

    @Test
    void thePageDrawsItsChartsAsAccessibleSvgWithTheTablesBeside() {
        TestAccounts.SignedIn officer = officer(LAM_DONG);
        String page = given().cookie("chophien_session", officer.token()).get("/dashboard/provinces/" + LAM_DONG).then()
                .statusCode(200).body(containsString("<h1>Số liệu tỉnh Lâm Đồng</h1>"))
                .body(containsString("href=\"/dashboard\"")).extract().asString();
        assertTrue(page.contains("role=\"img\" aria-labelledby=\"chart-t"), "charts are images with a name");
        assertTrue(page.contains("<desc id=\"chart-d"), "and a description");
        assertTrue(page.contains("<title id=\"chart-t") && page.contains(">Theo kênh bán</title>"), page);
        assertTrue(page.contains("Postmart: 0"), "each value read out");
        assertTrue(page.contains("<th scope=\"col\">Kênh</th>"), "the table beside the chart");
        assertTrue(page.contains("export.csv?table=channels&amp;from="), "and its CSV");
        assertTrue(!page.contains("<script") || page.indexOf("<script") == page.lastIndexOf("<script"),
                "no chart library: only the site's own script");
        given().cookie("chophien_session", TestAccounts.adminToken()).get("/dashboard").then().statusCode(200)
                .body(containsString("href=\"/dashboard/provinces/" + LAM_DONG + "\""));
    }

    /** A post office serving the commune (and only it), so its parcels are this test's. */
    static TestPostal.Office office(String commune) {
        String code = "D" + TestShops.word().substring(2, 9).toUpperCase();
        long id = given().auth().oauth2(TestAccounts.adminToken()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Bưu cục Tuy Hòa " + code, "address", "Số 1 đường Trần Hưng Đạo",
                        "carrier", "VNPOST", "communeCodes", List.of(commune)))
                .post("/api/admin/post-offices").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestPostal.Office(id, code, "Bưu cục Tuy Hòa " + code, List.of(commune));
    }

    static JsonPath dashboard(TestAccounts.SignedIn officer, String province) {
        return given().auth().oauth2(officer.token()).get("/api/dashboard/provinces/" + province).then().statusCode(200)
                .body("byWeek", hasSize(52)).extract().jsonPath();
    }
}
