package vn.chophien.tracking.carrier;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.outbox.DeadLettered;
import vn.chophien.outbox.Outbox;

/**
 * Parcels handed to carriers. A shipment is asked for in the transaction of the pickup, as an outbox event of the
 * carrier's shipment topic, so a pickup never waits for a carrier and a carrier's outage loses nothing: its route
 * sends it under the shared partner policy (retries, dead letters) and records the carrier's reference here. The
 * carrier is asked with our tracking code as its reference, so a retried request gets the same shipment back.
 */
@ApplicationScoped
public class Shipments {

    private final EntityManager em;
    private final Outbox outbox;
    private final Carriers carriers;
    private final Clock clock;

    Shipments(EntityManager em, Outbox outbox, Carriers carriers, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.carriers = carriers;
        this.clock = clock;
    }

    /** Asks the parcel's carrier to take it, in the caller's transaction; nothing when no adapter knows the carrier. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean request(ShipmentRequest request) {
        if (carriers.byCode(request.carrier()).filter(CarrierGateway::enabled).isEmpty()) {
            return false;
        }
        Shipment shipment = new Shipment();
        shipment.sellerOrderId = request.parcelId();
        shipment.carrier = request.carrier();
        shipment.postOfficeId = request.postOfficeId();
        shipment.trackingCode = request.trackingCode();
        shipment.state = Shipment.State.REQUESTED;
        shipment.requestedAt = clock.instant();
        em.persist(shipment);
        outbox.publish(Carriers.shipmentTopic(request.carrier()), "shipment-" + request.trackingCode(), request);
        return true;
    }

    /** The carrier took the parcel under its own reference (again, for a retried request: the same one). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void created(long parcelId, String carrierRef) {
        Shipment shipment = em.find(Shipment.class, parcelId);
        if (shipment != null && shipment.carrierRef == null) {
            shipment.carrierRef = carrierRef;
            shipment.state = shipment.state == Shipment.State.CLOSED ? shipment.state : Shipment.State.CREATED;
            shipment.createdAt = clock.instant();
            shipment.lastError = null;
        }
    }

    /** The carrier refused the parcel; its words are kept for the office (the request is a dead letter to retry). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(long parcelId, String message) {
        Shipment shipment = em.find(Shipment.class, parcelId);
        if (shipment != null && shipment.carrierRef == null) {
            shipment.state = Shipment.State.REFUSED;
            shipment.lastError = message == null || message.length() <= 1000 ? message : message.substring(0, 999);
        }
    }

    /** A shipment's request became a dead letter (the carrier refused it, or never answered): the office sees why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onDeadLetter(@Observes DeadLettered dead) {
        if (dead.topic() != null && dead.topic().endsWith("-shipment") && dead.key().startsWith("shipment-")) {
            byTrackingCode(dead.key().substring("shipment-".length()))
                    .ifPresent(s -> refused(s.sellerOrderId, dead.error()));
        }
    }

    /**
     * Locks the shipment a carrier's reference, or our tracking code, names, and answers its parcel: the first
     * statement of its transaction, so that what the transaction reads next (under repeatable read, a snapshot taken
     * at its first plain read) includes what another push for the same parcel just committed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> lock(String carrier, String carrierRef, String trackingCode) {
        List<?> found = em
                .createNativeQuery("SELECT seller_order_id FROM shipment WHERE (carrier = ?1 AND carrier_ref"
                        + " = ?2) OR tracking_code = ?3 ORDER BY seller_order_id LIMIT 1 FOR UPDATE")
                .setParameter(1, carrier).setParameter(2, carrierRef == null ? "" : carrierRef.strip())
                .setParameter(3, trackingCode == null ? "" : trackingCode.strip()).getResultList();
        return found.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** The shipment a carrier's reference, or our tracking code, names. */
    public Optional<Shipment> find(String carrier, String carrierRef, String trackingCode) {
        if (carrierRef != null && !carrierRef.isBlank()) {
            var found = em.createQuery("from Shipment s where s.carrier = :c and s.carrierRef = :r", Shipment.class)
                    .setParameter("c", carrier).setParameter("r", carrierRef.strip()).getResultList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return trackingCode == null ? Optional.empty() : byTrackingCode(trackingCode.strip());
    }

    public Optional<Shipment> byTrackingCode(String trackingCode) {
        return em.createQuery("from Shipment s where s.trackingCode = :t", Shipment.class)
                .setParameter("t", trackingCode).getResultList().stream().findFirst();
    }

    /** Our tracking code for a carrier's reference of any carrier, for a buyer who typed the carrier's number. */
    public Optional<String> trackingCodeOf(String carrierRef) {
        return em.createQuery("select s.trackingCode from Shipment s where s.carrierRef = :r", String.class)
                .setParameter("r", carrierRef).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** A parcel's shipment as its office sees it: the carrier, its reference, and why it was refused if it was. */
    public record View(String carrier, String carrierName, String reference, String state, String error) {

        public boolean refused() {
            return "REFUSED".equals(state);
        }
    }

    public Optional<View> view(long parcelId) {
        return ofParcel(parcelId)
                .map(s -> new View(s.carrier, carriers.nameOf(s.carrier), s.carrierRef, s.state.name(), s.lastError));
    }

    public Optional<Shipment> ofParcel(long parcelId) {
        return Optional.ofNullable(em.find(Shipment.class, parcelId));
    }
}
