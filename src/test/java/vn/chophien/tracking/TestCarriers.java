package vn.chophien.tracking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

import vn.chophien.account.TestAccounts;
import vn.chophien.fulfillment.TestPostal;
import vn.chophien.integrations.viettelpost.ViettelPostCarrier;
import vn.chophien.integrations.vnpost.VnpostCarrier;
import vn.chophien.integrations.vnpost.VnpostSignature;
import vn.chophien.web.VietnamClock;

/**
 * The carrier simulators the service started for the tests, spoken to over HTTP like the carriers they stand for:
 * parcels picked up at an office of theirs, moved a step at a time, and pushes written by hand the carriers' way.
 */
public final class TestCarriers {

    /** A guard against a hang, not a measure of speed: the build machines are shared. */
    public static final Duration PATIENCE = Duration.ofMinutes(2);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private TestCarriers() {
    }

    /** A parcel picked up at an office of its carrier and taken by the carrier: our code and the carrier's. */
    public record Shipped(String carrier, TestPostal.Office office, TestAccounts.SignedIn staff, TestPostal.Ready ready,
            String code, String carrierRef) {

        public String simulator() {
            return TestCarriers.simulator(carrier);
        }
    }

    public static String simulator(String carrier) {
        return switch (carrier) {
            case "VNPOST" -> Arc.container().instance(VnpostCarrier.class).get().baseUrl();
            case "VIETTELPOST" -> Arc.container().instance(ViettelPostCarrier.class).get().baseUrl();
            default -> throw new IllegalArgumentException(carrier);
        };
    }

    /** A cash-on-delivery parcel of 800 g at 150.000 ₫ (175.000 ₫ to collect), picked up and taken by the carrier. */
    public static Shipped shipped(String carrier) {
        TestPostal.Office office = TestPostal.office(carrier);
        TestAccounts.SignedIn staff = TestPostal.staff(office);
        return shipped(carrier, office, staff, TestPostal.ready(office.communes().get(0), "COD", 800, 150_000, 1));
    }

    public static Shipped shipped(String carrier, TestPostal.Office office, TestAccounts.SignedIn staff,
            TestPostal.Ready ready) {
        String code = TestPostal.pickUp(staff, ready.parcel(), 820).then().statusCode(200).extract()
                .path("trackingCode");
        return new Shipped(carrier, office, staff, ready, code, awaitTaken(code));
    }

    /** Waits until the carrier has answered for the parcel, and returns its reference. */
    public static String awaitTaken(String code) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> tracking(code).getString("carrier.reference") != null);
        return tracking(code).getString("carrier.reference");
    }

    public static JsonPath tracking(String code) {
        return given().get("/api/tracking/" + code).then().statusCode(200).extract().jsonPath();
    }

    /** What the carrier holds of the parcel (404 until it took it). */
    public static Response atCarrier(Shipped s) {
        return given().get(s.simulator() + "/_sim/parcels/" + s.code());
    }

    /** Sets how the parcel's life goes: DELIVERED, DELIVERED_AFTER_A_FAILED_ATTEMPT or RETURNED. */
    public static int life(Shipped s, String life) {
        return given().contentType(ContentType.JSON).body(Map.of("life", life))
                .post(s.simulator() + "/_sim/parcels/" + s.code() + "/life").then().statusCode(200).extract()
                .path("steps");
    }

    /** Moves the parcel {@code count} steps on, pushing them in that order or newest first, once or twice each. */
    public static void steps(Shipped s, int count, boolean newestFirst, boolean twice) {
        given().contentType(ContentType.JSON)
                .body(Map.of("count", count, "order", newestFirst ? "REVERSED" : "AS_TAKEN", "twice", twice))
                .post(s.simulator() + "/_sim/parcels/" + s.code() + "/steps").then().statusCode(200);
    }

    /** Waits until the parcel's carrier events number {@code count}, and returns its tracking. */
    public static JsonPath awaitCarrierEvents(String code, String carrier, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> carrierEvents(tracking(code), carrier).size() >= count);
        return tracking(code);
    }

    public static List<Map<String, Object>> carrierEvents(JsonPath tracking, String carrier) {
        return tracking.getList("events.findAll { it.source == '" + carrier + "' }");
    }

    /** A Vietnam Post push of a status, signed with the key we share, sent {@code sentAgo} after it was written. */
    public static Response vnpostPush(String code, int statusId, String name, LocalDateTime at, Duration sentAgo) {
        String data = new JsonObject().put("ItemCode", code).put("OrderCode", code).put("StatusId", statusId)
                .put("StatusName", name).put("PosName", "Bưu cục phát Ba Đình").put("CodAmount", 0)
                .put("LastUpdateTime", at.format(TIME)).put("IsReturn", false).encode();
        String sent = LocalDateTime.now(VietnamClock.ZONE).minus(sentAgo).format(TIME);
        String secret = Arc.container().instance(VnpostCarrier.class).get().webhookSecret();
        return vnpostRaw(new JsonObject().put("Data", data).put("SendDate", sent)
                .put("SignData", VnpostSignature.sign(secret, data + sent)).encode());
    }

    public static Response vnpostRaw(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/webhooks/carriers/vnpost/tracking");
    }

    /** A Viettel Post push of a status for our code, with this token. */
    public static Response viettelPush(String code, String waybill, int status, String name, LocalDateTime at,
            String token) {
        JsonObject data = new JsonObject().put("ORDER_NUMBER", waybill).put("ORDER_REFERENCE", code)
                .put("ORDER_STATUSDATE", at.format(TIME)).put("ORDER_STATUS", status).put("STATUS_NAME", name)
                .put("LOCALION_CURRENTLY", "Bưu cục phát Ba Đình").put("MONEY_COLLECTION", 0);
        JsonObject push = new JsonObject().put("DATA", data);
        if (token != null) {
            push.put("TOKEN", token);
        }
        return given().contentType(ContentType.JSON).body(push.encode())
                .post("/webhooks/carriers/viettelpost/tracking");
    }

    public static String viettelToken() {
        return Arc.container().instance(ViettelPostCarrier.class).get().webhookSecret();
    }

    /** How many of an account's notifications hold these words. */
    public static int noticesSaying(String token, String words) {
        return (int) given().auth().oauth2(token).queryParam("size", 100).get("/api/notifications").then()
                .statusCode(200).extract().jsonPath().getList("items.text", String.class).stream()
                .filter(t -> t.contains(words)).count();
    }

    /**
     * Waits until an account has {@code count} notifications holding these words, then checks that no more come while
     * the relay goes on (a duplicate would land within that time).
     */
    public static void awaitNotices(String token, String words, int count) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> noticesSaying(token, words) >= count);
        await().during(Duration.ofMillis(1_500)).atMost(PATIENCE).pollInterval(Duration.ofMillis(250))
                .until(() -> noticesSaying(token, words) == count);
    }
}
