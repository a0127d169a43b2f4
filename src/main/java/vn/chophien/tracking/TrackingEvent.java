package vn.chophien.tracking;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/**
 * One thing that happened to a parcel, as its source reported it; written once, never changed. {@code occurredAt} is
 * the event's own time (what the timeline is ordered by), {@code receivedAt} when it reached us: carriers report late
 * and out of order. The carrier's own code and words are kept beside the normalised status, and {@code dedupKey}
 * stores an event sent twice only once.
 */
@Entity
@Immutable
public class TrackingEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long sellerOrderId;
    public String trackingCode;

    @Enumerated(EnumType.STRING)
    public TrackingSource source;

    @Enumerated(EnumType.STRING)
    public TrackingStatus status;

    public String carrierCode;
    public String carrierText;
    /** A place name people know: the post office, or the commune and province. */
    public String location;
    public Instant occurredAt;
    public Instant receivedAt;
    public String dedupKey;
}
