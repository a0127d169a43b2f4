package vn.chophien.fulfillment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import vn.chophien.account.TestAccounts;
import vn.chophien.fulfillment.parcel.S10;
import vn.chophien.order.TestOrders;

/** A parcel's life at the post office: picked up, labelled, delivered with the cash, returned; and who may see it. */
@QuarkusTest
class PostalFlowTest {

    @Test
    void aCodParcelGoesFromReadyToAPaidStatement() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 2);
        long due = 300_000 + TestPostal.FIRST_KG_VND + TestPostal.EXTRA_KG_VND; // 1.6 kg declared

        given().auth().oauth2(staff.token()).get("/api/postal/parcels?status=READY_FOR_PICKUP").then().statusCode(200)
                .body("id", hasItem((int) r.parcel()))
                .body("find { it.id == " + r.parcel() + " }.codDueVnd", equalTo((int) due))
                .body("find { it.id == " + r.parcel() + " }.seller.name", equalTo(r.shop().name()))
                .body("find { it.id == " + r.parcel() + " }.seller.address", equalTo("Thôn Tân Thành"))
                .body("find { it.id == " + r.parcel() + " }.seller.phone",
                        equalTo("+84" + r.shop().owner().phone().substring(1)));
        given().auth().oauth2(staff.token()).get("/api/postal/stops").then().statusCode(200)
                .body("find { it.communeCode == '" + office.communes().get(0) + "' }.stops.find { it.seller.id == "
                        + r.shop().id() + " }.waiting", equalTo(1));

        String code = TestPostal.pickUp(staff, r.parcel(), 1_700).then().statusCode(200)
                .body("status", equalTo("PICKED_UP")).body("weighedGrams", equalTo(1_700))
                .body("weightAdjustmentVnd", equalTo(0)).extract().path("trackingCode");
        assertTrue(S10.valid(code) && code.startsWith("CP") && code.endsWith("VN"), code);

        given().auth().oauth2(r.buyer().token()).post("/api/orders/" + r.order() + "/cancel").then().statusCode(409)
                .body("type", equalTo("https://chophien.vn/problems/order-not-cancellable"));

        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel() + "/label.pdf").then()
                .statusCode(200).contentType("application/pdf");
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/by-code/" + code.toLowerCase()).then()
                .statusCode(200).body("id", equalTo((int) r.parcel()));

        given().auth().oauth2(staff.token()).post("/api/postal/parcels/" + r.parcel() + "/hand-over").then()
                .statusCode(200).body("status", equalTo("IN_TRANSIT"));
        TestPostal.deliver(staff, r.parcel(), due).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("codCollectedVnd", equalTo((int) due)).body("cashMismatch", equalTo(false));

        given().auth().oauth2(r.buyer().token()).get("/api/orders/" + r.order()).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("payment.status", equalTo("PAID"))
                .body("sellerOrders[0].trackingCode", equalTo(code))
                .body("sellerOrders[0].timeline.status",
                        contains("PLACED", "CONFIRMED", "READY_FOR_PICKUP", "PICKED_UP", "IN_TRANSIT", "DELIVERED"))
                .body("sellerOrders[0].timeline[3].by", equalTo("POSTAL_STAFF"))
                .body("sellerOrders[0].timeline[3].byName", equalTo(office.name()));

        given().get("/api/tracking/" + code).then().statusCode(200).body("status", equalTo("DELIVERED"))
                .body("events.status", contains("PICKED_UP", "IN_TRANSIT", "DELIVERED"))
                .body("events[0].location", equalTo(office.name()))
                .body("events[2].location", equalTo("Phường Ba Đình, Thành phố Hà Nội"));

        JsonPath statement = given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201)
                .body("status", equalTo("CLOSED")).extract().jsonPath();
        long fee = 5_000; // 1.5 % of 330.000 ₫ is 4.950 ₫: the minimum applies
        long net = due - (TestPostal.FIRST_KG_VND + TestPostal.EXTRA_KG_VND) - fee;
        assertEquals(1, statement.getInt("lines.size()"));
        assertEquals(r.shop().name(), statement.getString("lines[0].sellerName"));
        assertEquals(due, statement.getLong("totals.codCollectedVnd"));
        assertEquals(fee, statement.getLong("totals.serviceFeeVnd"));
        assertEquals(net, statement.getLong("totals.netVnd"));

        long id = statement.getLong("id");
        given().auth().oauth2(r.shop().owner().token()).get("/api/seller/remittances").then().statusCode(200)
                .body("owedVnd", equalTo((int) net)).body("statements[0].status", equalTo("CLOSED"));
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON)
                .body(Map.of("transferReference", "FT25335123456")).post("/api/postal/statements/" + id + "/paid")
                .then().statusCode(200).body("status", equalTo("PAID"))
                .body("transferReference", equalTo("FT25335123456"));
        given().auth().oauth2(r.shop().owner().token()).get("/api/seller/remittances").then().statusCode(200)
                .body("owedVnd", equalTo(0)).body("statements[0].status", equalTo("PAID"))
                .body("statements[0].sums.netVnd", equalTo((int) net));
    }

    @Test
    void staffOfAnotherOfficeNeverSeeOrTouchTheParcel() {
        TestPostal.Office a = TestPostal.office();
        TestPostal.Office b = TestPostal.office();
        TestAccounts.SignedIn staffA = TestPostal.staff(a);
        TestAccounts.SignedIn staffB = TestPostal.staff(b);
        TestPostal.Ready ofA = TestPostal.ready(a.communes().get(0), "COD", 500, 90_000, 1);
        TestPostal.Ready ofB = TestPostal.ready(b.communes().get(1), "COD", 500, 90_000, 1);

        given().auth().oauth2(staffB.token()).get("/api/postal/parcels").then().statusCode(200)
                .body("id", not(hasItem((int) ofA.parcel()))).body("id", hasItem((int) ofB.parcel()));
        given().auth().oauth2(staffA.token()).get("/api/postal/parcels").then().statusCode(200)
                .body("id", not(hasItem((int) ofB.parcel()))).body("id", hasItem((int) ofA.parcel()));
        for (String path : List.of("", "/label.pdf")) {
            given().auth().oauth2(staffB.token()).get("/api/postal/parcels/" + ofA.parcel() + path).then()
                    .statusCode(404);
        }
        TestPostal.pickUp(staffB, ofA.parcel(), 500).then().statusCode(404);
        TestPostal.pickUp(staffA, ofB.parcel(), 500).then().statusCode(404);
        String code = TestPostal.pickUp(staffA, ofA.parcel(), 500).then().statusCode(200).extract()
                .path("trackingCode");
        given().auth().oauth2(staffB.token()).get("/api/postal/parcels/by-code/" + code).then().statusCode(404);
        TestPostal.deliver(staffB, ofA.parcel(), 115_000).then().statusCode(404);
        given().auth().oauth2(staffB.token()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post("/api/postal/parcels/" + ofA.parcel() + "/return").then().statusCode(404);
        given().auth().oauth2(staffA.token()).get("/api/postal/parcels/" + ofA.parcel()).then().statusCode(200)
                .body("status", equalTo("PICKED_UP"));

        given().auth().oauth2(ofA.shop().owner().token()).get("/api/postal/parcels").then().statusCode(403);
        given().get("/api/postal/parcels").then().statusCode(401);
    }

    @Test
    void badWeightsAreRefusedByFieldAndChangeNothing() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 1);
        for (Object bad : List.of(0, 30_001, -5, "nặng lắm")) {
            TestPostal.pickUp(staff, r.parcel(), bad).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("weightGrams"));
        }
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/postal/parcels/" + r.parcel() + "/pickup").then().statusCode(400)
                .body("errors[0].field", equalTo("weightGrams"));
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel()).then()
                .body("status", equalTo("READY_FOR_PICKUP")).body("trackingCode", nullValue());
        TestPostal.pickUp(staff, r.parcel(), 30_000).then().statusCode(200);
    }

    @Test
    void badAmountsAreRefusedByFieldAndChangeNothing() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 1);
        TestPostal.pickUp(staff, r.parcel(), 500).then().statusCode(200);
        for (Object bad : List.of(-1, "một trăm nghìn", 1_000_000_001L, 12.5)) {
            TestPostal.deliver(staff, r.parcel(), bad).then().statusCode(400).body("errors[0].field",
                    equalTo("codCollectedVnd"));
        }
        TestPostal.deliver(staff, r.parcel(), null).then().statusCode(400)
                .body("errors[0].field", equalTo("codCollectedVnd"))
                .body("errors[0].message", equalTo("Hãy nhập số tiền đã thu của người nhận (đồng)."));
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel()).then()
                .body("status", equalTo("PICKED_UP")).body("codCollectedVnd", nullValue());
        given().auth().oauth2(r.buyer().token()).get("/api/orders/" + r.order()).then().body("payment.status",
                equalTo("COD_PENDING"));
    }

    @Test
    void aHeavierParcelIsSettledWithTheSellerNeverChargedToTheBuyer() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 900, 200_000, 1);
        long total = r.placed().getLong("totalVnd");
        TestPostal.pickUp(staff, r.parcel(), 2_400).then().statusCode(200).body("weightAdjustmentVnd",
                equalTo((int) (2 * TestPostal.EXTRA_KG_VND)));
        given().auth().oauth2(r.shop().owner().token()).get("/api/seller/orders/" + r.parcel()).then().statusCode(200)
                .body("postage.weighedGrams", equalTo(2_400))
                .body("postage.shippingAdjustmentVnd", equalTo((int) (2 * TestPostal.EXTRA_KG_VND)))
                .body("codToCollectVnd", equalTo((int) total));
        given().cookie("chophien_session", r.shop().owner().token()).get("/seller/orders/" + r.parcel()).then()
                .statusCode(200).body(containsString("2,4\u00a0kg")).body(containsString("+10.000\u00a0₫"));
        given().auth().oauth2(r.buyer().token()).get("/api/orders/" + r.order()).then()
                .body("totalVnd", equalTo((int) total))
                .body("sellerOrders[0].shippingVnd", equalTo((int) TestPostal.FIRST_KG_VND));
        TestPostal.deliver(staff, r.parcel(), total).then().statusCode(200).body("cashMismatch", equalTo(false));
    }

    @Test
    void cashThatDoesNotMatchIsRecordedAndFlaggedToTheOfficeAndAdmins() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 1);
        String parcelCode = r.placed().getString("sellerOrders[0].code");
        TestPostal.pickUp(staff, r.parcel(), 500).then().statusCode(200);
        TestPostal.deliver(staff, r.parcel(), 100_000).then().statusCode(200).body("cashMismatch", equalTo(true))
                .body("codDueVnd", equalTo(115_000)).body("codCollectedVnd", equalTo(100_000));
        given().auth().oauth2(TestAccounts.adminToken()).get("/api/admin/postal/mismatches").then().statusCode(200)
                .body("id", hasItem((int) r.parcel()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> given().auth().oauth2(staff.token()).get("/api/notifications").then()
                        .statusCode(200).body("items.text",
                                hasItem("Kiện " + parcelCode + " giao với tiền thu 100.000\u00a0₫, khác số phải thu"
                                        + " 115.000\u00a0₫ (" + office.name() + ").")));
        given().auth().oauth2(staff.token()).post("/api/postal/statements").then().statusCode(201)
                .body("totals.codCollectedVnd", equalTo(100_000));
    }

    @Test
    void aReturnedParcelsStockComesBackOnlyWhenTheSellerSaysItIsSellable() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 3);
        long product = r.listing().id();
        long variant = r.listing().variantIds().get(0);
        assertEquals(47, TestOrders.stockOf(product, variant));
        String code = TestPostal.pickUp(staff, r.parcel(), 1_500).then().statusCode(200).extract().path("trackingCode");
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/postal/parcels/" + r.parcel() + "/return").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(staff.token()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Người nhận từ chối: chai bị nứt"))
                .post("/api/postal/parcels/" + r.parcel() + "/return").then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo("Người nhận từ chối: chai bị nứt"));
        assertEquals(47, TestOrders.stockOf(product, variant), "not before the seller confirms");
        TestPostal.deliver(staff, r.parcel(), 0).then().statusCode(409).body("type",
                equalTo("https://chophien.vn/problems/transition-forbidden"));
        given().get("/api/tracking/" + code).then().body("status", equalTo("RETURNED"));

        given().auth().oauth2(r.buyer().token()).post("/api/seller/orders/" + r.parcel() + "/restock").then()
                .statusCode(403);
        given().auth().oauth2(r.shop().owner().token()).post("/api/seller/orders/" + r.parcel() + "/restock").then()
                .statusCode(200).body("restockedAt", not(nullValue()))
                .body("postage.returnReason", equalTo("Người nhận từ chối: chai bị nứt"));
        assertEquals(50, TestOrders.stockOf(product, variant));
        given().auth().oauth2(r.shop().owner().token()).post("/api/seller/orders/" + r.parcel() + "/restock").then()
                .statusCode(409);
        assertEquals(50, TestOrders.stockOf(product, variant), "once");
        given().auth().oauth2(r.buyer().token()).get("/api/orders/" + r.order()).then().body("payment.status",
                equalTo("CANCELLED"));
    }

    @Test
    void aPrepaidParcelCollectsNothingAndItsLabelSaysPaid() {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "VIETQR", 500, 90_000, 1);
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel()).then()
                .body("codDueVnd", equalTo(0)).body("paymentMethod", equalTo("VIETQR"));
        given().auth().oauth2(staff.token()).get("/api/postal/parcels/" + r.parcel() + "/label.pdf").then()
                .statusCode(409);
        TestPostal.pickUp(staff, r.parcel(), 500).then().statusCode(200);
        TestPostal.deliver(staff, r.parcel(), 50_000).then().statusCode(400).body("errors[0].field",
                equalTo("codCollectedVnd"));
        TestPostal.deliver(staff, r.parcel(), null).then().statusCode(200).body("cashMismatch", equalTo(false))
                .body("codCollectedVnd", equalTo(0));
    }

    @Test
    void twoPhonesPickingOneParcelUpAtOnceGiveItOneCodeAndTheOtherA409() throws Exception {
        TestPostal.Office office = TestPostal.office();
        TestAccounts.SignedIn first = TestPostal.staff(office);
        TestAccounts.SignedIn second = TestPostal.staff(office);
        TestPostal.Ready r = TestPostal.ready(office.communes().get(0), "COD", 500, 90_000, 1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (TestAccounts.SignedIn staff : List.of(first, second)) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return TestPostal.pickUp(staff, r.parcel(), 500).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            pool.shutdownNow();
        }
        String code = given().auth().oauth2(first.token()).get("/api/postal/parcels/" + r.parcel()).then()
                .body("status", equalTo("PICKED_UP")).extract().path("trackingCode");
        given().get("/api/tracking/" + code).then().statusCode(200).body("events.status", contains("PICKED_UP"));
    }

    @Test
    void publicTrackingKnowsOnlyCodesThatExist() {
        given().get("/api/tracking/CP999999995VN").then().statusCode(404).contentType("application/problem+json");
        given().get("/track/CP999999995VN").then().statusCode(404).contentType(containsString("text/html"));
    }
}
