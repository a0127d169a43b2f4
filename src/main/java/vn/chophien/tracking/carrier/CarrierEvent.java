package vn.chophien.tracking.carrier;

import java.time.Instant;

import vn.chophien.tracking.TrackingStatus;

/**
 * One status push of a carrier in our words, as its adapter's importer makes it: which parcel (the carrier's
 * reference, or ours), a key naming the event uniquely at that carrier (its identity, or its content), the carrier's
 * own code and words, our status for them ({@code null} for a code nobody mapped yet), where and when it happened, and
 * the cash it reports: collected from the buyer, or paid over to us.
 */
public record CarrierEvent(String carrier, String carrierRef, String trackingCode, String eventKey, String carrierCode,
        String carrierText, TrackingStatus status, String place, Instant occurredAt, Long codCollectedVnd,
        Long codPaidVnd) {
}
