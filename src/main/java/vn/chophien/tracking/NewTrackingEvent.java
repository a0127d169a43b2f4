package vn.chophien.tracking;

import java.time.Instant;

/**
 * An event to record. {@code dedupKey} names it uniquely within its source (a carrier's event id, or the parcel and
 * the move for the post office); recording it again changes nothing.
 */
public record NewTrackingEvent(long sellerOrderId, String trackingCode, TrackingSource source, TrackingStatus status,
        String carrierCode, String carrierText, String location, Instant occurredAt, String dedupKey) {
}
