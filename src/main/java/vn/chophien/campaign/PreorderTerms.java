package vn.chophien.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;

import vn.chophien.catalog.ListingChanged;
import vn.chophien.storefront.HarvestAhead;

/**
 * What product pages say of pre-orders: every product an open campaign sells ahead of its harvest today, read in one
 * statement and kept for as long as product pages are (15 s), so a page nobody had cached asks nothing more of the
 * database. Opting in and recording a harvest announce a listing change, which clears it at once on this copy;
 * checkout asks {@link CampaignPreorders}, which reads afresh.
 */
@ApplicationScoped
public class PreorderTerms implements HarvestAhead {

    private static final Duration KEPT = Duration.ofSeconds(15);
    /** The rule of {@link CampaignPreorders}, for every product; of several campaigns, the one closing first. */
    private static final String OPEN = "SELECT p.product_id, c.slug, c.name, p.ships_from, p.ships_by"
            + " FROM campaign_product p JOIN campaign c ON c.id = p.campaign_id WHERE "
            + CampaignPreorders.TAKING_PREORDERS + " ORDER BY c.closes_on DESC, c.id DESC";

    private record Snapshot(Map<Long, Terms> terms, Instant readAt, long generation) {
    }

    private final EntityManager em;
    private final Clock clock;
    /** Counts the changes announced, so a snapshot read before one is not used after it. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Snapshot snapshot;

    PreorderTerms(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<Terms> of(long productId) {
        long generation = changes.get();
        Snapshot now = snapshot;
        if (now == null || now.generation() != generation || now.readAt().plus(KEPT).isBefore(clock.instant())) {
            now = read(generation);
            snapshot = now;
        }
        return Optional.ofNullable(now.terms().get(productId));
    }

    /** Reads the snapshot under the count of changes seen before the read began: one announced since is re-read. */
    private Snapshot read(long generation) {
        Instant at = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OPEN).setParameter("today", LocalDate.now(clock)).getResultList();
        Map<Long, Terms> terms = new HashMap<>();
        for (Object[] c : rows) { // the campaign closing first comes last, and stays
            terms.put(((Number) c[0]).longValue(), new Terms((String) c[1], (String) c[2], date(c[3]), date(c[4])));
        }
        return new Snapshot(Map.copyOf(terms), at, generation);
    }

    /** Before the page caches are cleared (a lower priority runs first), so no page is made again from the old one. */
    void forget(
            @Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION) ListingChanged changed) {
        changes.incrementAndGet();
    }

    /** A DATE column as the driver hands it. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
