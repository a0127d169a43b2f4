package vn.chophien.tracking;

import java.time.Instant;
import java.util.List;

/** A parcel's public tracking: its status now (that of its latest event) and every event, oldest first. */
public record TrackingView(String trackingCode, TrackingStatus status, String statusText, List<EventView> events) {

    public record EventView(Instant at, TrackingStatus status, String statusText, String location,
            TrackingSource source) {
    }
}
