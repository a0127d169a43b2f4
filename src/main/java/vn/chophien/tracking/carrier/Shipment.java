package vn.chophien.tracking.carrier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/**
 * A parcel handed to its office's carrier: asked for at pickup, CREATED once the carrier answered its own reference
 * (or REFUSED, with the carrier's words), CLOSED once delivered or returned. Keeps when the carrier last said
 * anything, so a parcel nobody has heard of for too long is flagged, and the cash the carrier collected and paid over.
 */
@Entity
public class Shipment {

    public enum State {
        REQUESTED, CREATED, REFUSED, CLOSED
    }

    @Id
    public long sellerOrderId;

    public String carrier;
    public long postOfficeId;
    public String trackingCode;
    public String carrierRef;

    @Enumerated(EnumType.STRING)
    public State state;

    public String lastError;
    public Instant requestedAt;
    public Instant createdAt;
    public Instant lastEventAt;
    public Instant staleFlaggedAt;
    public Long codCollectedVnd;
    public Long codPaidVnd;
    public Instant codPaidAt;
}
