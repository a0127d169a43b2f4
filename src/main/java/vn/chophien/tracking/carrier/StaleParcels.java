package vn.chophien.tracking.carrier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.scheduler.Scheduled;

/**
 * Parcels a carrier has gone quiet about: handed over, not yet delivered or returned, and with no word from the
 * carrier (nor an answer to the shipment) for longer than {@code chophien.tracking.stale-after}. Their office's staff
 * and the ADMINs see them on their pages, and are told once when a parcel becomes stale (any later event clears it).
 */
@ApplicationScoped
public class StaleParcels {

    /** A parcel gone quiet: its office, our code, the carrier and its reference, and when it was last heard of. */
    public record Stale(long parcelId, long postOfficeId, String trackingCode, String carrier, String carrierRef,
            Instant lastHeard) {
    }

    /** A port to the offices: who is told of a parcel gone quiet. */
    public interface Watchers {
        void tell(Stale parcel);
    }

    private final EntityManager em;
    private final Clock clock;
    private final Duration after;
    private final Watchers watchers;

    StaleParcels(EntityManager em, Clock clock, @ConfigProperty(name = "chophien.tracking.stale-after") Duration after,
            Watchers watchers) {
        this.em = em;
        this.clock = clock;
        this.after = after;
        this.watchers = watchers;
    }

    /** The quiet parcels of an office, or of every office ({@code null}), longest quiet first. */
    public List<Stale> list(Long postOfficeId) {
        var query = em.createQuery("select new vn.chophien.tracking.carrier.StaleParcels$Stale(s.sellerOrderId,"
                + " s.postOfficeId, s.trackingCode, s.carrier, s.carrierRef,"
                + " coalesce(s.lastEventAt, s.createdAt, s.requestedAt)) from Shipment s where s.state <> :closed"
                + " and coalesce(s.lastEventAt, s.createdAt, s.requestedAt) < :since"
                + (postOfficeId == null ? "" : " and s.postOfficeId = :office")
                + " order by coalesce(s.lastEventAt, s.createdAt, s.requestedAt)", Stale.class)
                .setParameter("closed", Shipment.State.CLOSED).setParameter("since", clock.instant().minus(after));
        if (postOfficeId != null) {
            query.setParameter("office", postOfficeId);
        }
        return query.setMaxResults(500).getResultList();
    }

    @Scheduled(every = "${chophien.tracking.stale-check-every}", identity = "tracking-stale-parcels")
    @Transactional
    void everyFewMinutes() {
        flag();
    }

    /** Flags the parcels that went quiet since the last look, telling their watchers once; returns how many. */
    @Transactional
    public int flag() {
        int flagged = 0;
        for (Stale parcel : list(null)) {
            int taken = em
                    .createQuery("update Shipment s set s.staleFlaggedAt = :now where s.sellerOrderId = :p"
                            + " and s.staleFlaggedAt is null")
                    .setParameter("now", clock.instant()).setParameter("p", parcel.parcelId()).executeUpdate();
            if (taken == 1) {
                watchers.tell(parcel);
                flagged++;
            }
        }
        return flagged;
    }
}
