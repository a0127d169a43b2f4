package vn.chophien.integrations.viettelpost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.json.JsonObject;

import vn.chophien.tracking.TrackingStatus;
import vn.chophien.tracking.carrier.CarrierEvent;

/**
 * Every ORDER_STATUS Viettel Post is known to send, read from a {@code {DATA, TOKEN}} push as it arrives, is the
 * status a buyer should see; the cash is read from the money fields only where they mean it.
 */
class ViettelPostStatusCodesTest {

    private final ViettelPostTrackingImporter importer = new ViettelPostTrackingImporter();
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} ({2}) is {1}")
    @CsvSource({"-100, PENDING, 'new, not approved'", "-108, PICKED_UP, handed in at a post office",
            "-109, PICKED_UP, handed in at a collection point", "-110, PICKED_UP, being handed over",
            "100, PENDING, 'received, processing'", "101, PENDING, Viettel Post asks to cancel",
            "102, PENDING, awaiting processing", "103, PENDING, assigned to a post office",
            "104, PENDING, postman assigned to pick up", "105, PICKED_UP, picked up",
            "106, RETURNING, partner asks for the goods back", "107, CANCELLED, cancelled by the partner",
            "200, IN_TRANSIT, received at the origin office", "201, CANCELLED, waybill cancelled",
            "202, IN_TRANSIT, waybill edited", "300, IN_TRANSIT, outbound file closed",
            "301, IN_TRANSIT, outbound bag closed", "302, IN_TRANSIT, outbound trip closed",
            "303, IN_TRANSIT, outbound truck closed", "400, IN_TRANSIT, inbound manifest received",
            "401, IN_TRANSIT, inbound bag received", "402, IN_TRANSIT, inbound trip received",
            "403, IN_TRANSIT, inbound truck received", "500, OUT_FOR_DELIVERY, out for delivery",
            "501, DELIVERED, delivered", "502, RETURNING, returning to origin",
            "503, CANCELLED, cancelled at the customer's request", "504, RETURNED, returned to sender",
            "505, DELIVERY_FAILED, held: return notice", "506, DELIVERY_FAILED, held: customer away",
            "507, DELIVERY_FAILED, held: customer collects at the post office", "508, OUT_FOR_DELIVERY, re-delivery",
            "509, IN_TRANSIT, forwarded to another office", "510, IN_TRANSIT, delivery assignment cancelled",
            "515, RETURNING, return approved", "550, DELIVERY_FAILED, re-delivery requested"})
    void everyOrderStatus(int code, TrackingStatus expected, String meaning) throws Exception {
        CarrierEvent event = read(new JsonObject().put("ORDER_STATUS", code));
        assertEquals(expected, event.status(), meaning);
        assertEquals(Integer.toString(code), event.carrierCode());
    }

    @Test
    void theTableHoldsNoCodeBeyondTheKnownOnes() {
        assertEquals(36, ViettelPostTrackingImporter.CODES.all().size());
    }

    @Test
    void anUnknownCodeIsKeptWithTheCarriersWordsAndNoStatusOfOurs() throws Exception {
        CarrierEvent event = read(new JsonObject().put("ORDER_STATUS", 777).put("STATUS_NAME", "Trạng thái mới"));
        assertNull(event.status());
        assertEquals("Trạng thái mới", event.carrierText());
    }

    @Test
    void theNewerPlaceFieldWinsOverTheMisspeltOne() throws Exception {
        assertEquals("Bưu cục Bắc Quang", read(new JsonObject().put("ORDER_STATUS", 200)).place());
        assertEquals("Bưu cục phát Ba Đình",
                read(new JsonObject().put("ORDER_STATUS", 500).put("LOCATION_CURRENTLY", "Bưu cục phát Ba Đình"))
                        .place());
    }

    @Test
    void cashIsCollectedWithADeliveryAndPaidOverWhenThePaymentDateIsSet() throws Exception {
        CarrierEvent delivered = read(new JsonObject().put("ORDER_STATUS", 501).put("MONEY_COLLECTION", 250_000));
        assertEquals(250_000L, delivered.codCollectedVnd());
        assertNull(delivered.codPaidVnd());
        CarrierEvent paid = read(new JsonObject().put("ORDER_STATUS", 501).put("MONEY_COLLECTION", 250_000)
                .put("MONEY_COLLECTION_PAID_DATE", "02/12/2026 09:00:00"));
        assertEquals(250_000L, paid.codPaidVnd());
        assertNotEquals(delivered.eventKey(), paid.eventKey(), "the notice of payment is an event of its own");
        CarrierEvent moving = read(new JsonObject().put("ORDER_STATUS", 500).put("MONEY_COLLECTION", 250_000));
        assertNull(moving.codCollectedVnd());
    }

    private CarrierEvent read(JsonObject status) throws Exception {
        JsonObject data = new JsonObject().put("ORDER_NUMBER", "1771234567").put("ORDER_REFERENCE", "CP000000017VN")
                .put("ORDER_STATUSDATE", "30/11/2026 08:15:00").put("STATUS_NAME", "Tên trạng thái")
                .put("LOCALION_CURRENTLY", "Bưu cục Bắc Quang").mergeIn(status);
        String push = new JsonObject().put("DATA", data).put("TOKEN", "checked elsewhere").encode();
        List<CarrierEvent> events = importer.events(json.readValue(push, ViettelPostApi.Push.class));
        assertEquals(1, events.size());
        return events.get(0);
    }
}
