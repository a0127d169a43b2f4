package vn.chophien.tracking;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.qute.i18n.Localized;

import vn.chophien.tracking.carrier.Carriers;
import vn.chophien.tracking.carrier.Shipments;
import vn.chophien.web.Languages;
import vn.chophien.web.ProblemException;

/**
 * Records tracking events and answers what a tracking code's parcel went through. An event is inserted once per
 * dedup key ({@code INSERT IGNORE}), so a source that sends the same event twice, or two copies of the service that
 * receive it at once, store it once. The status is derived from the events, never stored beside them.
 */
@ApplicationScoped
public class TrackingService {

    private final EntityManager em;
    private final Clock clock;
    private final Shipments shipments;
    private final Carriers carriers;
    private final TrackMsg vietnamese;
    private final TrackMsg english;

    TrackingService(EntityManager em, Clock clock, Shipments shipments, Carriers carriers, TrackMsg vietnamese,
            @Localized("en") TrackMsg english) {
        this.em = em;
        this.clock = clock;
        this.shipments = shipments;
        this.carriers = carriers;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /** Records the event in the caller's transaction; false when an event with its key was recorded before. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(NewTrackingEvent e) {
        return em
                .createNativeQuery("INSERT IGNORE INTO tracking_event (seller_order_id, tracking_code, source, status,"
                        + " carrier_code, carrier_text, location, occurred_at, received_at, dedup_key)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, e.sellerOrderId()).setParameter(2, e.trackingCode()).setParameter(3, e.source().name())
                .setParameter(4, e.status() == null ? null : e.status().name()).setParameter(5, e.carrierCode())
                .setParameter(6, e.carrierText()).setParameter(7, e.location()).setParameter(8, e.occurredAt())
                .setParameter(9, clock.instant()).setParameter(10, e.dedupKey()).executeUpdate() == 1;
    }

    /** Which carrier has a parcel, under which reference of its own (null until it answered); null for none. */
    public TrackingView.Carrier carrierOf(long sellerOrderId) {
        return shipments.ofParcel(sellerOrderId)
                .map(s -> new TrackingView.Carrier(s.carrier, carriers.nameOf(s.carrier), s.carrierRef)).orElse(null);
    }

    /**
     * A parcel's status now: that of its latest event by the time it happened (not by when it reached us), among the
     * events whose code we know; null before any.
     */
    public TrackingStatus currentStatus(long sellerOrderId) {
        List<?> latest = em
                .createNativeQuery("SELECT status FROM tracking_event WHERE seller_order_id = ?1"
                        + " AND status IS NOT NULL ORDER BY occurred_at DESC, id DESC LIMIT 1")
                .setParameter(1, sellerOrderId).getResultList();
        return latest.isEmpty() ? null : TrackingStatus.valueOf((String) latest.get(0));
    }

    /**
     * The events of a tracking code (ours, or the carrier's reference for it), by the time they happened; 404 for a
     * code nothing is known of.
     */
    public List<TrackingEvent> events(String trackingCode) {
        String typed = trackingCode == null ? "" : trackingCode.strip();
        String code = typed.toUpperCase(Locale.ROOT);
        if (!code.isEmpty() && em.createNativeQuery("SELECT 1 FROM tracking_event WHERE tracking_code = ?1 LIMIT 1")
                .setParameter(1, code).getResultList().isEmpty()) {
            code = shipments.trackingCodeOf(typed).orElse(code);
        }
        List<TrackingEvent> events = em
                .createQuery("select e from TrackingEvent e where e.trackingCode = :code order by e.occurredAt, e.id",
                        TrackingEvent.class)
                .setParameter("code", code).getResultList();
        if (events.isEmpty()) {
            throw new ProblemException(404, "tracking-code-unknown");
        }
        return events;
    }

    /** What a tracking code's parcel went through, in the language asked for; 404 for a code nothing is known of. */
    public TrackingView view(String trackingCode, Locale language) {
        List<TrackingEvent> events = events(trackingCode);
        return view(events, carrierOf(events.get(0).sellerOrderId), language);
    }

    /** The journeys of the parcels that have one so far, by parcel, in the language asked for. */
    public Map<Long, TrackingView> views(Collection<Long> sellerOrderIds, Locale language) {
        if (sellerOrderIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<TrackingEvent>> byParcel = em
                .createQuery("select e from TrackingEvent e where e.sellerOrderId in :ids order by e.occurredAt, e.id",
                        TrackingEvent.class)
                .setParameter("ids", sellerOrderIds).getResultList().stream()
                .collect(Collectors.groupingBy(e -> e.sellerOrderId));
        return byParcel.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> view(e.getValue(), carrierOf(e.getKey()), language), (a, b) -> a));
    }

    /**
     * The events as shown: each with its status in words (the carrier's own for a code we do not know); the parcel's
     * status is that of its latest event with a known one.
     */
    private TrackingView view(List<TrackingEvent> events, TrackingView.Carrier carrier, Locale language) {
        TrackMsg msg = Languages.ENGLISH.equals(language) ? english : vietnamese;
        Function<TrackingEvent, String> text = e -> e.status == null ? e.carrierText : msg.status(e.status.name());
        TrackingEvent latest = events.stream().filter(e -> e.status != null).reduce((a, b) -> b)
                .orElse(events.get(events.size() - 1));
        return new TrackingView(latest.trackingCode, carrier, latest.status, text.apply(latest),
                events.stream().map(e -> new TrackingView.EventView(e.occurredAt, e.status, text.apply(e), e.location,
                        e.source, e.carrierCode, e.carrierText)).toList());
    }
}
