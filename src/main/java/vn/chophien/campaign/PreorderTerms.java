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

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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
            + " FROM campaign_product p JOIN campaign c ON c.id = p.campaign_id WHERE c.preorders AND c.status = 'OPEN'"
            + " AND c.opens_on <= ?1 AND c.closes_on >= ?1 AND p.expected_grams IS NOT NULL AND p.harvested_at IS NULL"
            + " ORDER BY c.closes_on DESC, c.id DESC";

    private record Snapshot(Map<Long, Terms> terms, Instant readAt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private volatile Snapshot snapshot;
    /** Counts changes, so a read that began before one is not kept after it. */
    private final AtomicLong changes = new AtomicLong();

    PreorderTerms(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Optional<Terms> of(long productId) {
        Snapshot now = snapshot;
        if (now == null || now.readAt().plus(KEPT).isBefore(clock.instant())) {
            long before = changes.get();
            now = read();
            if (changes.get() == before) {
                snapshot = now;
            }
        }
        return Optional.ofNullable(now.terms().get(productId));
    }

    private Snapshot read() {
        Instant at = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OPEN).setParameter(1, LocalDate.now(clock)).getResultList();
        Map<Long, Terms> terms = new HashMap<>();
        for (Object[] c : rows) { // the campaign closing first comes last, and stays
            terms.put(((Number) c[0]).longValue(), new Terms((String) c[1], (String) c[2], date(c[3]), date(c[4])));
        }
        return new Snapshot(Map.copyOf(terms), at);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) ListingChanged changed) {
        changes.incrementAndGet();
        snapshot = null;
    }

    /** A DATE column as the driver hands it. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
