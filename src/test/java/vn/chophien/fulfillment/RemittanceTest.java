package vn.chophien.fulfillment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.catalog.TestShops;

/**
 * The money of cash on delivery: what each seller is owed, to the đồng, and statements that once closed never change.
 * The service fee in tests is the default: 1.5 % of the cash, at least 5.000 ₫.
 */
@QuarkusTest
class RemittanceTest {

    @Test
    void aStatementLineIsCashLessShippingFeeAndWeightAdjustment() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 1_000, 400_000, 1);
        long due = 400_000 + TestPostal.FIRST_KG_VND;
        TestPostal.pickUp(staff, r.parcel(), 3_100).then().statusCode(200); // three kilograms more
        TestPostal.deliver(staff, r.parcel(), due).then().statusCode(200);

        given().auth().oauth2(staff.token()).get("/api/postal/remittances").then().statusCode(200)
                .body("sellers.find { it.sellerId == " + r.shop().id() + " }.sums.codCollectedVnd", equalTo(425_000))
                .body("unsettled.parcels", equalTo(1));
        JsonPath s = given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201)
                .extract().jsonPath();
        long fee = 6_375; // 1.5 % of 425.000 ₫
        long adjustment = 3 * TestPostal.EXTRA_KG_VND;
        assertEquals(due, s.getLong("lines[0].sums.codCollectedVnd"));
        assertEquals(TestPostal.FIRST_KG_VND, s.getLong("lines[0].sums.shippingRetainedVnd"));
        assertEquals(fee, s.getLong("lines[0].sums.serviceFeeVnd"));
        assertEquals(adjustment, s.getLong("lines[0].sums.weightAdjustmentVnd"));
        assertEquals(due - TestPostal.FIRST_KG_VND - fee - adjustment, s.getLong("lines[0].sums.netVnd"));
        assertEquals(office.code() + "-0001", s.getString("number"));
    }

    @Test
    void overManyRandomDeliveriesTheCashCollectedIsExactlyWhatSellersGetPlusWhatTheOfficeKeeps() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        Random random = new Random(20_251_202);
        List<TestShops.Shop> shops = new ArrayList<>();
        List<TestShops.Listing> listings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TestShops.Shop shop = TestShops.open("HTX Đặc sản " + TestShops.word(), office.communes().get(i % 2));
            shops.add(shop);
            listings.add(TestShops.published(shop, "Chè " + TestShops.word(), "TEA", "",
                    new TestShops.Pack("gói", 150 + random.nextInt(3_000), 20_000 + random.nextInt(500_000), 500)));
        }
        long collected = 0;
        Map<Long, Long> collectedBySeller = new HashMap<>();
        for (int i = 0; i < 24; i++) {
            int which = random.nextInt(shops.size());
            TestPostal.Ready r = TestPostal.ready(shops.get(which), listings.get(which),
                    random.nextInt(4) == 0 ? "VIETQR" : "COD", 1 + random.nextInt(3));
            TestPostal.pickUp(staff, r.parcel(), 1 + random.nextInt(30_000)).then().statusCode(200);
            long due = given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel()).then().extract()
                    .jsonPath().getLong("codDueVnd");
            Long cash = due == 0 ? null : random.nextInt(5) == 0 ? due - random.nextInt(50_000) : due;
            TestPostal.deliver(staff, r.parcel(), cash).then().statusCode(200);
            collected += cash == null ? 0 : cash;
            collectedBySeller.merge(shops.get(which).id(), cash == null ? 0 : cash, Long::sum);
        }
        JsonPath s = given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201)
                .extract().jsonPath();
        assertEquals(24, s.getInt("totals.parcels"));
        assertEquals(collected, s.getLong("totals.codCollectedVnd"));
        long paidOut = 0;
        long retained = 0;
        for (int i = 0; i < s.getInt("lines.size()"); i++) {
            String line = "lines[" + i + "].sums.";
            long lineRetained = s.getLong(line + "shippingRetainedVnd") + s.getLong(line + "serviceFeeVnd")
                    + s.getLong(line + "weightAdjustmentVnd");
            assertEquals(s.getLong(line + "codCollectedVnd"), s.getLong(line + "netVnd") + lineRetained, line);
            assertEquals(collectedBySeller.get(s.getLong("lines[" + i + "].sellerId")),
                    s.getLong(line + "codCollectedVnd"));
            paidOut += s.getLong(line + "netVnd");
            retained += lineRetained;
        }
        assertEquals(collected, paidOut + retained, "collected = paid out to sellers + retained, to the đồng");
        assertEquals(paidOut, s.getLong("totals.netVnd"));
    }

    @Test
    void aClosedStatementNeverChangesAndLaterDeliveriesGoIntoTheNext() throws IOException {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready first = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 1);
        TestPostal.Ready second = TestPostal.ready(office.communes().get(1), "COD", 500, 120_000, 1);
        TestPostal.pickUp(staff, first.parcel(), 500).then().statusCode(200);
        TestPostal.pickUp(staff, second.parcel(), 500).then().statusCode(200);
        TestPostal.deliver(staff, first.parcel(), 115_000).then().statusCode(200);
        long id = given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        String csvBefore = csv(staff, id);
        given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(409).body("type",
                equalTo("https://chophien.vn/problems/nothing-to-close"));

        TestPostal.deliver(staff, second.parcel(), 145_000).then().statusCode(200);
        assertEquals(csvBefore, csv(staff, id), "the closed statement is as it was");
        given().auth().oauth2(staff.token()).get("/api/postal/statements/" + id).then()
                .body("totals.codCollectedVnd", equalTo(115_000))
                .body("lines.sellerId", not(hasItem((int) second.shop().id())));
        long next = given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201)
                .body("totals.codCollectedVnd", equalTo(145_000)).body("number", equalTo(office.code() + "-0002"))
                .extract().jsonPath().getLong("id");

        given().auth().oauth2(staff.token()).contentType(ContentType.JSON).body(Map.of("transferReference", " "))
                .post("/api/postal/statements/" + id + "/paid").then().statusCode(400)
                .body("errors[0].field", equalTo("transferReference"));
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON).body(Map.of("transferReference", "FT1"))
                .post("/api/postal/statements/" + id + "/paid").then().statusCode(200);
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON).body(Map.of("transferReference", "FT2"))
                .post("/api/postal/statements/" + id + "/paid").then().statusCode(409);
        given().auth().oauth2(staff.token()).get("/api/postal/statements/" + id).then().body("transferReference",
                equalTo("FT1"));

        TestAccounts.SignedIn stranger = TestPostal.staff(TestPostal.office());
        given().auth().oauth2(stranger.token()).get("/api/postal/statements/" + next).then().statusCode(404);
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON).body(Map.of("transferReference", "X"))
                .post("/api/postal/statements/" + next + "/paid").then().statusCode(404);
    }

    @Test
    void aStatementExportsAsCsvAndPdfWithTheSellersNames() throws IOException {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 2);
        TestPostal.pickUp(staff, r.parcel(), 1_000).then().statusCode(200);
        TestPostal.deliver(staff, r.parcel(), 205_000).then().statusCode(200);
        JsonPath s = given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201)
                .extract().jsonPath();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv(staff, s.getLong("id")).replace("\ufeff", ""))).getRecords();
        assertEquals(2, rows.size());
        assertEquals(r.shop().name(), rows.get(0).get("seller_name"));
        assertEquals("205000", rows.get(0).get("cod_collected_vnd"));
        assertEquals(s.getString("totals.netVnd"), rows.get(1).get("net_vnd"));
        assertEquals("TOTAL", rows.get(1).get("seller_name"));

        byte[] pdf = given().auth().oauth2(staff.token())
                .get("/api/postal/statements/" + s.getLong("id") + "/statement.pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // A long name wraps within its column, between words or within a long one: compare without white space.
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains(s.getString("number")), text);
            assertTrue(text.replace(" ", "").contains(r.shop().name().replace(" ", "")), text);
            assertTrue(text.contains("205.000"), text);
        }
    }

    private static String csv(TestAccounts.SignedIn staff, long id) {
        return given().auth().oauth2(staff.token()).get("/api/postal/statements/" + id + "/statement.csv").then()
                .statusCode(200).contentType("text/csv").extract().asString();
    }
}
