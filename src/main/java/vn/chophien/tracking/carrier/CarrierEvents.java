package vn.chophien.tracking.carrier;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.tracking.NewTrackingEvent;
import vn.chophien.tracking.TrackingService;
import vn.chophien.tracking.TrackingSource;
import vn.chophien.tracking.TrackingStatus;

/**
 * What carriers tell us about parcels, taken in one status language. Each event is stored once (by the carrier's
 * event identity or its content) and never changed; the parcel's status is that of its latest event by the carrier's
 * own time, so events that arrive twice or out of order change nothing they should not. When that status moves, the
 * parcel and its order follow ({@link ParcelFollower}), which tells buyer and seller once per status. Pushes for one
 * parcel are taken one at a time (its shipment row is locked), on every copy of the service.
 */
@ApplicationScoped
public class CarrierEvents {

    /** What became of one event. */
    public enum Outcome {
        RECORDED, DUPLICATE, UNKNOWN_PARCEL
    }

    private static final Logger LOG = Logger.getLogger(CarrierEvents.class);

    private final EntityManager em;
    private final Shipments shipments;
    private final TrackingService tracking;
    private final ParcelFollower follower;
    private final Carriers carriers;
    private final Clock clock;

    CarrierEvents(EntityManager em, Shipments shipments, TrackingService tracking, ParcelFollower follower,
            Carriers carriers, Clock clock) {
        this.em = em;
        this.shipments = shipments;
        this.tracking = tracking;
        this.follower = follower;
        this.carriers = carriers;
        this.clock = clock;
    }

    /** Takes a push's events, each in a transaction of its own; answers what became of each. */
    public List<Outcome> receiveAll(List<CarrierEvent> events) {
        return events.stream().map(e -> QuarkusTransaction.requiringNew().call(() -> receive(e))).toList();
    }

    private Outcome receive(CarrierEvent e) {
        // one push of a parcel at a time: locked first, so the status read next includes the one before
        Long locked = shipments.lock(e.carrier(), e.carrierRef(), e.trackingCode()).orElse(null);
        if (locked == null) {
            LOG.warnf("%s reported %s for a parcel we do not know (%s / %s)", e.carrier(), e.carrierCode(),
                    e.carrierRef(), e.trackingCode());
            return Outcome.UNKNOWN_PARCEL;
        }
        long parcel = locked;
        Shipment shipment = em.find(Shipment.class, parcel);
        TrackingStatus before = tracking.currentStatus(parcel);
        boolean fresh = tracking
                .record(new NewTrackingEvent(parcel, shipment.trackingCode, source(e.carrier()), e.status(),
                        e.carrierCode(), e.carrierText(), e.place(), e.occurredAt(), e.carrier() + ":" + e.eventKey()));
        if (!fresh) {
            return Outcome.DUPLICATE;
        }
        if (e.status() == null) {
            LOG.warnf("%s code %s (\"%s\") is not in our table; kept with the carrier's words", e.carrier(),
                    e.carrierCode(), e.carrierText());
        }
        shipment.lastEventAt = clock.instant();
        shipment.staleFlaggedAt = null;
        if (e.codCollectedVnd() != null && e.codCollectedVnd() > 0) {
            shipment.codCollectedVnd = e.codCollectedVnd();
        }
        if (shipment.carrierRef == null && e.carrierRef() != null) {
            shipment.carrierRef = e.carrierRef();
        }
        TrackingStatus after = tracking.currentStatus(parcel);
        if (after != null && after != before) {
            follower.follow(parcel, after, shipment.codCollectedVnd, carriers.nameOf(e.carrier()), e.carrierText(),
                    e.occurredAt());
        }
        if (e.codPaidVnd() != null && e.codPaidVnd() > 0 && shipment.codPaidAt == null) {
            shipment.codPaidVnd = e.codPaidVnd();
            shipment.codPaidAt = e.occurredAt();
            follower.codPaidOver(parcel, e.codPaidVnd(), e.occurredAt());
        }
        if (after == TrackingStatus.DELIVERED || after == TrackingStatus.RETURNED
                || after == TrackingStatus.CANCELLED) {
            shipment.state = Shipment.State.CLOSED;
        }
        return Outcome.RECORDED;
    }

    private static TrackingSource source(String carrier) {
        return TrackingSource.valueOf(carrier);
    }
}
