package vn.chophien.integrations.vnpost;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.integrations.common.StatusCodes;
import vn.chophien.tracking.TrackingStatus;
import vn.chophien.tracking.carrier.CarrierEvent;
import vn.chophien.web.VietnamClock;

/**
 * Vietnam Post's pushes in our words (theirs → ours): the v2 status code when the push has one, else the older API's;
 * the event's own time from {@code LastUpdateTime} (Vietnam time); the event named by the item, its code and that
 * time; the cash it collected (delivered, 14/100, or 110) and paid over to us (21/120).
 */
@ApplicationScoped
public class VnpostTrackingImporter {

    static final StatusCodes CODES = StatusCodes.load("integrations/vnpost/status-codes.csv");

    private final ObjectMapper json;

    VnpostTrackingImporter(ObjectMapper json) {
        this.json = json;
    }

    public List<CarrierEvent> events(VnpostApi.Push push) throws JsonProcessingException {
        if (push == null || push.data() == null) {
            throw new IllegalArgumentException("Not a Vietnam Post push");
        }
        VnpostApi.Status s = json.readValue(push.data(), VnpostApi.Status.class);
        if (s.itemCode() == null || s.statusId() == null && s.orderStatusId() == null || s.lastUpdateTime() == null) {
            throw new IllegalArgumentException("A Vietnam Post status without its item, code or time");
        }
        String table = s.statusId() != null ? "v2" : "old";
        String code = String.valueOf(s.statusId() != null ? s.statusId() : s.orderStatusId());
        TrackingStatus status = CODES.of(table, code).orElse(null);
        boolean delivered = "v2/14".equals(table + "/" + code) || "old/100".equals(table + "/" + code)
                || "old/110".equals(table + "/" + code);
        boolean paid = "v2/21".equals(table + "/" + code) || "old/120".equals(table + "/" + code);
        Long cod = s.codAmount() == null || s.codAmount() <= 0 ? null : s.codAmount();
        return List.of(new CarrierEvent(VnpostCarrier.CODE, null, s.itemCode(),
                s.itemCode() + ":" + table + "/" + code + ":" + s.lastUpdateTime(), table + "/" + code, s.statusName(),
                status, s.posName(), at(s.lastUpdateTime()), delivered || paid ? cod : null, paid ? cod : null));
    }

    private static Instant at(String time) {
        try {
            return LocalDateTime.parse(time, VnpostCarrier.TIME).atZone(VietnamClock.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a Vietnam Post time: " + time, e);
        }
    }
}
