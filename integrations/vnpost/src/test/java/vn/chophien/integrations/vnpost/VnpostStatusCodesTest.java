package vn.chophien.integrations.vnpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.json.JsonObject;

import vn.chophien.tracking.TrackingStatus;
import vn.chophien.tracking.carrier.CarrierEvent;
import vn.chophien.web.VietnamClock;

/**
 * Every status code Vietnam Post is known to send (both its v2 table and the older webhook's), as a push would carry
 * it, reads as the status a buyer should see; the cash of a push is read only where the code speaks of cash.
 */
class VnpostStatusCodesTest {

    private final VnpostTrackingImporter importer = new VnpostTrackingImporter(new ObjectMapper());

    @ParameterizedTest(name = "v2 {0} ({2}) is {1}")
    @CsvSource({"0, PENDING, draft", "1, PENDING, created", "2, PENDING, handed to postman", "3, PENDING, processing",
            "4, PENDING, picking up", "5, PENDING, pickup failed", "6, PICKED_UP, picked up",
            "7, IN_TRANSIT, received at the post office", "8, PENDING, retrieve failed",
            "9, CANCELLED, collection cancelled", "10, IN_TRANSIT, in transit",
            "11, IN_TRANSIT, arrived at the delivery office", "12, OUT_FOR_DELIVERY, delivering",
            "13, IN_TRANSIT, forwarded", "14, DELIVERED, delivered", "15, DELIVERY_FAILED, delivery failed",
            "16, RETURNING, return waiting", "17, RETURNING, return approved", "18, RETURNING, returning",
            "19, RETURNED, returned", "20, RETURNED, partly returned", "21, DELIVERED, COD paid to the sender",
            "22, CANCELLED, delivery cancelled"})
    void everyV2Code(int code, TrackingStatus expected, String meaning) throws Exception {
        CarrierEvent event = read(new JsonObject().put("StatusId", code));
        assertEquals(expected, event.status(), meaning);
        assertEquals("v2/" + code, event.carrierCode());
    }

    @ParameterizedTest(name = "old {0} ({2}) is {1}")
    @CsvSource({"10, CANCELLED, deleted", "20, PENDING, sent", "60, CANCELLED, cancelled",
            "70, PICKED_UP, accepted by the post office", "91, DELIVERY_FAILED, delivery failed",
            "100, DELIVERED, delivered", "110, DELIVERED, COD collected", "120, DELIVERED, COD paid to the sender",
            "161, RETURNING, return failed", "170, RETURNED, returned"})
    void everyCodeOfTheOlderWebhook(int code, TrackingStatus expected, String meaning) throws Exception {
        CarrierEvent event = read(new JsonObject().put("OrderStatusId", code));
        assertEquals(expected, event.status(), meaning);
        assertEquals("old/" + code, event.carrierCode());
    }

    @Test
    void theTableHoldsNoCodeBeyondTheKnownOnes() {
        assertEquals(23 + 10, VnpostTrackingImporter.CODES.all().size());
    }

    @Test
    void theV2CodeWinsOverTheOlderOneInTheSamePush() throws Exception {
        CarrierEvent event = read(new JsonObject().put("StatusId", 12).put("OrderStatusId", 70));
        assertEquals(TrackingStatus.OUT_FOR_DELIVERY, event.status());
    }

    @Test
    void anUnknownCodeIsKeptWithTheCarriersWordsAndNoStatusOfOurs() throws Exception {
        CarrierEvent event = read(new JsonObject().put("StatusId", 99).put("StatusName", "Trạng thái mới"));
        assertNull(event.status());
        assertEquals("v2/99", event.carrierCode());
        assertEquals("Trạng thái mới", event.carrierText());
    }

    @Test
    void cashIsCollectedOnDeliveryAndPaidOverOnlyWithCode21Or120() throws Exception {
        CarrierEvent delivered = read(new JsonObject().put("StatusId", 14).put("CodAmount", 180_000));
        assertEquals(180_000L, delivered.codCollectedVnd());
        assertNull(delivered.codPaidVnd());
        CarrierEvent paid = read(new JsonObject().put("StatusId", 21).put("CodAmount", 180_000));
        assertEquals(180_000L, paid.codPaidVnd());
        CarrierEvent paidOld = read(new JsonObject().put("OrderStatusId", 120).put("CodAmount", 180_000));
        assertEquals(180_000L, paidOld.codPaidVnd());
        CarrierEvent moving = read(new JsonObject().put("StatusId", 10).put("CodAmount", 180_000));
        assertNull(moving.codCollectedVnd());
        assertNull(moving.codPaidVnd());
    }

    @Test
    void theEventsTimeIsVietnamTimeAndTheSameEventIsNamedTheSameWay() throws Exception {
        CarrierEvent one = read(new JsonObject().put("StatusId", 6));
        CarrierEvent again = read(new JsonObject().put("StatusId", 6));
        assertEquals(LocalDateTime.of(2026, 11, 30, 8, 15, 0).atZone(VietnamClock.ZONE).toInstant(), one.occurredAt());
        assertEquals(one.eventKey(), again.eventKey());
    }

    private CarrierEvent read(JsonObject status) throws Exception {
        JsonObject data = new JsonObject().put("ItemCode", "CP000000017VN").put("OrderCode", "CP000000017VN")
                .put("StatusName", "Tên trạng thái").put("PosName", "Bưu cục Bắc Quang")
                .put("LastUpdateTime", "30/11/2026 08:15:00").mergeIn(status);
        List<CarrierEvent> events = importer
                .events(new VnpostApi.Push(data.encode(), "30/11/2026 08:15:02", "signature checked elsewhere"));
        assertEquals(1, events.size());
        return events.get(0);
    }
}
