package vn.chophien.tracking;

import java.time.Instant;
import java.util.List;

/**
 * A parcel's public tracking: its status now (that of its latest event whose code we know), the carrier's reference
 * when a carrier has it, and every event, oldest first. An event whose carrier code we do not know yet has no status
 * of ours and reads as the carrier's own words.
 */
public record TrackingView(String trackingCode, Carrier carrier, TrackingStatus status, String statusText,
        List<EventView> events) {

    /** The carrier that has the parcel: its code, name and its own reference (null until it answered). */
    public record Carrier(String code, String name, String reference) {
    }

    public record EventView(Instant at, TrackingStatus status, String statusText, String location,
            TrackingSource source, String carrierCode, String carrierText) {
    }
}
