package vn.chophien.tracking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;

import vn.chophien.account.TestAccounts;
import vn.chophien.fulfillment.TestPostal;
import vn.chophien.integrations.vnpost.VnpostSignature;
import vn.chophien.syndication.TestChannels;
import vn.chophien.tracking.carrier.StaleParcels;
import vn.chophien.web.VietnamClock;

/**
 * Parcels followed with their carriers: each carrier's simulator moves a parcel through its life and pushes every step
 * the carrier's way (out of order, twice); the parcel, its order, its buyer and its farmer's statement follow.
 */
@QuarkusTest
class CarrierTrackingTest {

    @Inject
    EntityManager em;

    @Inject
    StaleParcels stale;

    @Test
    void aVietnamPostParcelWhoseNewsArriveNewestFirstAndTwiceEndsDeliveredWithItsCashPaidOver() {
        TestCarriers.Shipped s = TestCarriers.shipped("VNPOST");
        assertEquals(s.carrierRef(), TestCarriers.atCarrier(s).then().statusCode(200).extract().path("carrierRef"));
        int steps = TestCarriers.life(s, "DELIVERED");
        assertEquals(7, steps, "picked up, three on the road, delivered, cash collected, cash paid over");

        TestCarriers.steps(s, steps, true, true);

        JsonPath t = TestCarriers.awaitCarrierEvents(s.code(), "VNPOST", steps);
        assertEquals("DELIVERED", t.getString("status"));
        assertEquals("Đã giao thành công", t.getString("statusText"));
        assertEquals(List.of("v2/7", "v2/10", "v2/11", "v2/12", "v2/14", "old/110", "v2/21"),
                t.getList("events.findAll { it.source == 'VNPOST' }.carrierCode"), "by the carrier's own times");
        assertEquals(List.of("IN_TRANSIT", "IN_TRANSIT", "IN_TRANSIT", "OUT_FOR_DELIVERY", "DELIVERED", "DELIVERED",
                "DELIVERED"), t.getList("events.findAll { it.source == 'VNPOST' }.status"));
        assertEquals("Vietnam Post", t.getString("carrier.name"));

        TestAccounts.SignedIn buyer = s.ready().buyer();
        TestCarriers.awaitNotices(buyer.token(), "đã giao", 1);
        JsonPath order = given().auth().oauth2(buyer.token()).get("/api/orders/" + s.ready().order()).then()
                .statusCode(200).extract().jsonPath();
        assertEquals("PAID", order.getString("payment.status"));
        assertEquals("DELIVERED", order.getString("sellerOrders[0].status"));
        List<String> timeline = order.getList("sellerOrders[0].timeline.status");
        assertEquals("DELIVERED", timeline.get(timeline.size() - 1));
        assertEquals(timeline.stream().distinct().toList(), timeline, "each move once: " + timeline);
        assertEquals("CARRIER", order.getString("sellerOrders[0].timeline[-1].by"));
        assertEquals("Vietnam Post", order.getString("sellerOrders[0].timeline[-1].byName"));
        assertEquals(steps, TestCarriers.carrierEvents(TestCarriers.tracking(s.code()), "VNPOST").size(),
                "each event stored once");

        JsonPath statement = given().auth().oauth2(s.staff().token()).post("/api/postal/statements").then()
                .statusCode(201).extract().jsonPath();
        assertEquals(175_000, statement.getLong("totals.codCollectedVnd"));
        assertEquals(175_000, statement.getLong("carrierCash.paidOverVnd"));
        assertEquals(0, statement.getLong("carrierCash.withCarrierVnd"));
    }

    @Test
    void aViettelPostParcelTriedTwiceTellsItsBuyerOncePerStatusAndIsFoundByTheWaybillNumber() {
        TestCarriers.Shipped s = TestCarriers.shipped("VIETTELPOST");
        int steps = TestCarriers.life(s, "DELIVERED_AFTER_A_FAILED_ATTEMPT");
        assertEquals(9, steps);
        for (int i = 1; i <= steps; i++) {
            TestCarriers.steps(s, 1, false, true);
            TestCarriers.awaitCarrierEvents(s.code(), "VIETTELPOST", i);
        }

        String buyer = s.ready().buyer().token();
        TestCarriers.awaitNotices(buyer, "đã giao", 1);
        TestCarriers.awaitNotices(buyer, "đang vận chuyển", 1);
        TestCarriers.awaitNotices(buyer, "đang giao hàng", 2); // out for delivery, and again after the failed attempt
        TestCarriers.awaitNotices(buyer, "giao không thành công", 1);
        TestCarriers.awaitNotices(s.ready().shop().owner().token(), "giao không thành công", 1);

        JsonPath byWaybill = TestCarriers.tracking(s.carrierRef());
        assertEquals(s.code(), byWaybill.getString("trackingCode"));
        assertEquals("DELIVERED", byWaybill.getString("status"));
        assertEquals(steps, TestCarriers.carrierEvents(byWaybill, "VIETTELPOST").size());
        assertEquals(List.of("105", "200", "300", "400", "500", "506", "508", "501", "501"),
                byWaybill.getList("events.findAll { it.source == 'VIETTELPOST' }.carrierCode"));
        given().get("/track/" + s.carrierRef()).then().statusCode(200).body(containsString("Viettel Post"))
                .body(containsString("Đã giao thành công")).body(containsString("Giao không thành công"))
                .body(containsString("Bưu cục phát"));
        given().cookie("chophien_session", buyer).get("/orders/" + s.ready().order()).then().statusCode(200)
                .body(containsString("Giao không thành công")).body(containsString("Bưu cục phát"))
                .body(containsString("Viettel Post"));

        JsonPath statement = given().auth().oauth2(s.staff().token()).post("/api/postal/statements").then()
                .statusCode(201).extract().jsonPath();
        assertEquals(175_000, statement.getLong("carrierCash.paidOverVnd"));
        given().auth().oauth2(s.staff().token()).contentType(ContentType.JSON)
                .body(Map.of("transferReference", "FT26336912345"))
                .post("/api/postal/statements/" + statement.getLong("id") + "/paid").then().statusCode(200)
                .body("status", equalTo("PAID"));
        given().auth().oauth2(s.ready().shop().owner().token()).get("/api/seller/remittances").then().statusCode(200)
                .body("statements[0].status", equalTo("PAID")).body("owedVnd", equalTo(0));
    }

    @Test
    void aParcelNobodyTookGoesBackToItsSellerAndIsNotPaid() {
        TestCarriers.Shipped s = TestCarriers.shipped("VNPOST");
        int steps = TestCarriers.life(s, "RETURNED");
        TestCarriers.steps(s, steps, false, false);

        JsonPath t = TestCarriers.awaitCarrierEvents(s.code(), "VNPOST", steps);
        assertEquals("RETURNED", t.getString("status"));
        TestCarriers.awaitNotices(s.ready().buyer().token(), "đã hoàn trả", 1);
        given().auth().oauth2(s.ready().buyer().token()).get("/api/orders/" + s.ready().order()).then().statusCode(200)
                .body("sellerOrders[0].status", equalTo("RETURNED")).body("payment.status", not(equalTo("PAID")));
        given().auth().oauth2(s.staff().token()).get("/api/postal/parcels/" + s.ready().parcel()).then().statusCode(200)
                .body("status", equalTo("RETURNED"));
    }

    @Test
    void forgedMissingAndStaleCredentialsAreRefusedAndRecordNothing() {
        TestCarriers.Shipped vnpost = TestCarriers.shipped("VNPOST");
        TestCarriers.Shipped viettel = TestCarriers.shipped("VIETTELPOST");
        int before = TestCarriers.tracking(vnpost.code()).getList("events").size();
        // carriers write whole seconds: the next one is surely after the pickups
        LocalDateTime now = LocalDateTime.now(VietnamClock.ZONE).withNano(0).plusSeconds(1);
        String data = new JsonObject().put("ItemCode", vnpost.code()).put("StatusId", 12).put("StatusName", "Đang phát")
                .put("LastUpdateTime", now.format(TestCarriers.TIME)).encode();
        String sent = now.format(TestCarriers.TIME);

        TestCarriers
                .vnpostRaw(new JsonObject().put("Data", data).put("SendDate", sent)
                        .put("SignData", VnpostSignature.sign("not-our-shared-key", data + sent)).encode())
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://chophien.vn/problems/signature-invalid"));
        TestCarriers.vnpostRaw(new JsonObject().put("Data", data).put("SendDate", sent).encode()).then()
                .statusCode(401);
        TestCarriers.vnpostRaw("Data=" + data).then().statusCode(401);
        TestCarriers.vnpostPush(vnpost.code(), 12, "Đang phát", now, Duration.ofMinutes(30)).then().statusCode(401)
                .body("type", equalTo("https://chophien.vn/problems/signature-stale"));
        TestCarriers.viettelPush(viettel.code(), viettel.carrierRef(), 500, "Giao bưu tá đi phát", now, "not-our-token")
                .then().statusCode(401).contentType("application/problem+json");
        TestCarriers.viettelPush(viettel.code(), viettel.carrierRef(), 500, "Giao bưu tá đi phát", now, null).then()
                .statusCode(401);

        assertEquals(before, TestCarriers.tracking(vnpost.code()).getList("events").size());
        assertEquals("PICKED_UP", TestCarriers.tracking(vnpost.code()).getString("status"));
        assertEquals("PICKED_UP", TestCarriers.tracking(viettel.code()).getString("status"));

        System.out.println("DEBUG push " + TestCarriers.vnpostPush(vnpost.code(), 12, "Đang phát", now, Duration.ZERO)
                .then().statusCode(202).extract().asString());
        System.out.println("DEBUG tracking " + TestCarriers.tracking(vnpost.code()).prettify());
        assertEquals("OUT_FOR_DELIVERY", TestCarriers.tracking(vnpost.code()).getString("status"));
        System.out
                .println(
                        "DEBUG push "
                                + TestCarriers
                                        .viettelPush(viettel.code(), viettel.carrierRef(), 500, "Giao bưu tá đi phát",
                                                now, TestCarriers.viettelToken())
                                        .then().statusCode(202).extract().asString());
        System.out.println("DEBUG tracking " + TestCarriers.tracking(viettel.code()).prettify());
        assertEquals("OUT_FOR_DELIVERY", TestCarriers.tracking(viettel.code()).getString("status"));
    }

    @Test
    void aCodeNobodyKnowsIsKeptInTheCarriersWordsAndChangesNothing() {
        TestCarriers.Shipped s = TestCarriers.shipped("VNPOST");
        LocalDateTime now = LocalDateTime.now(VietnamClock.ZONE).withNano(0);

        TestCarriers.vnpostPush(s.code(), 99, "Đang kiểm đếm tại kho", now, Duration.ZERO).then().statusCode(202);
        TestCarriers.vnpostPush(s.code(), 99, "Đang kiểm đếm tại kho", now, Duration.ZERO).then().statusCode(202);

        JsonPath t = TestCarriers.tracking(s.code());
        assertEquals("PICKED_UP", t.getString("status"));
        List<Map<String, Object>> carrier = TestCarriers.carrierEvents(t, "VNPOST");
        assertEquals(1, carrier.size(), "kept once");
        assertEquals("v2/99", carrier.get(0).get("carrierCode"));
        assertEquals("Đang kiểm đếm tại kho", carrier.get(0).get("statusText"));
        assertNull(carrier.get(0).get("status"));
        given().get("/track/" + s.code()).then().statusCode(200).body(containsString("Đang kiểm đếm tại kho"));
    }

    @Test
    void aCarrierOutageWhenTheShipmentIsMadeIsWaitedOutAndTheShipmentMadeOnce() {
        TestPostal.Office office = TestPostal.office("VNPOST");
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready ready = TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 1);
        String simulator = TestCarriers.simulator("VNPOST");
        TestChannels.fault(simulator, Map.of("mode", "UNAVAILABLE", "requests", 3, "path", "CreateOrder"));
        try {
            TestCarriers.Shipped s = TestCarriers.shipped("VNPOST", office, staff, ready);
            assertEquals(s.carrierRef(), TestCarriers.atCarrier(s).then().statusCode(200).extract().path("carrierRef"));
            given().cookie("chophien_session", staff.token()).get("/postal/parcels/" + ready.parcel()).then()
                    .statusCode(200).body(containsString(s.carrierRef()));
        } finally {
            TestChannels.clearFaults(simulator);
        }
    }

    @Test
    void aShipmentTheCarrierRefusesIsShownToTheOfficeWithTheCarriersReason() {
        TestPostal.Office office = TestPostal.office("VNPOST");
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        TestPostal.Ready ready = TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 1);
        String simulator = TestCarriers.simulator("VNPOST");
        TestChannels.fault(simulator, Map.of("mode", "REJECT", "requests", 1, "message",
                "Địa chỉ người nhận không đầy đủ", "path", "CreateOrder"));
        try {
            TestPostal.pickUp(staff, ready.parcel(), 820).then().statusCode(200);
            await().atMost(TestCarriers.PATIENCE).pollInterval(Duration.ofMillis(200))
                    .until(() -> given().cookie("chophien_session", staff.token())
                            .get("/postal/parcels/" + ready.parcel()).asString()
                            .contains("Địa chỉ người nhận không đầy đủ"));
        } finally {
            TestChannels.clearFaults(simulator);
        }
    }

    @Test
    void aParcelTheCarrierWentQuietAboutIsFlaggedOnceForItsOfficeAndTheAdmin() {
        TestCarriers.Shipped s = TestCarriers.shipped("VNPOST");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE shipment SET requested_at ="
                + " requested_at - INTERVAL 3 DAY, created_at = created_at - INTERVAL 3 DAY WHERE seller_order_id = ?1")
                .setParameter(1, s.ready().parcel()).executeUpdate());

        assertTrue(stale.flag() >= 1);
        stale.flag();
        TestCarriers.awaitNotices(s.staff().token(), s.code(), 1);
        TestCarriers.awaitNotices(TestAccounts.adminToken(), s.code(), 1);
        given().cookie("chophien_session", s.staff().token()).get("/postal").then().statusCode(200)
                .body(containsString("id=\"stale\"")).body(containsString(s.code()));
        given().cookie("chophien_session", TestAccounts.adminToken()).get("/admin/post-offices").then().statusCode(200)
                .body(containsString(s.code()));

        TestCarriers.steps(s, 1, false, false);
        TestCarriers.awaitCarrierEvents(s.code(), "VNPOST", 1);
        given().cookie("chophien_session", s.staff().token()).get("/postal").then().statusCode(200)
                .body(not(containsString(s.code())));
    }
}
