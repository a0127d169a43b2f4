package vn.chophien.integrations.viettelpost;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.integrations.common.StatusCodes;
import vn.chophien.tracking.TrackingStatus;
import vn.chophien.tracking.carrier.CarrierEvent;
import vn.chophien.web.VietnamClock;

/**
 * Viettel Post's pushes in our words (theirs → ours): its ORDER_STATUS through our table, its own time
 * ({@code dd/MM/yyyy HH:mm:ss}, Vietnam time), the place ({@code LOCALION_CURRENTLY}, sic, or the newer
 * {@code LOCATION_CURRENTLY}), the event named by its waybill, code and time (and the payment date, for the notice
 * that the cash was paid over), and the cash: collected with a delivery (501), paid over when the payment date is set.
 */
@ApplicationScoped
public class ViettelPostTrackingImporter {

    static final StatusCodes CODES = StatusCodes.load("integrations/viettelpost/status-codes.csv");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    static final int DELIVERED = 501;

    public List<CarrierEvent> events(ViettelPostApi.Push push) {
        ViettelPostApi.Status s = push == null ? null : push.data();
        if (s == null || s.orderNumber() == null || s.orderStatus() == null || s.orderStatusDate() == null) {
            throw new IllegalArgumentException("Not a Viettel Post status push");
        }
        String code = Integer.toString(s.orderStatus());
        TrackingStatus status = CODES.of("", code).orElse(null);
        boolean paid = s.moneyCollectionPaidDate() != null && !s.moneyCollectionPaidDate().isBlank();
        Long cod = s.moneyCollection() == null || s.moneyCollection() <= 0 ? null : s.moneyCollection();
        String place = s.locationCurrently() != null ? s.locationCurrently() : s.localionCurrently();
        return List.of(new CarrierEvent(ViettelPostCarrier.CODE, s.orderNumber(), s.orderReference(),
                s.orderNumber() + ":" + code + ":" + s.orderStatusDate() + (paid ? ":paid" : ""), code, s.statusName(),
                status, place, at(s.orderStatusDate()), s.orderStatus() == DELIVERED ? cod : null, paid ? cod : null));
    }

    private static Instant at(String time) {
        try {
            return LocalDateTime.parse(time, TIME).atZone(VietnamClock.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a Viettel Post time: " + time, e);
        }
    }
}
