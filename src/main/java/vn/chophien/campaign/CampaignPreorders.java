package vn.chophien.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.chophien.order.Preorders;

/**
 * Which products sell ahead of harvest: those with an expected quantity in an open campaign taking pre-orders, until
 * their harvest is recorded. Their campaign row is the lock a pre-order holds while it counts what was promised.
 */
@ApplicationScoped
public class CampaignPreorders implements Preorders {

    /**
     * Plain SQL, not HQL: Hibernate translates a query with a list parameter afresh on every call, and every checkout
     * and cart asks this (a tenth of an order's CPU as HQL). Columns: the campaign product's id, then its product's.
     */
    /**
     * The rule, over a campaign product {@code p} of a campaign {@code c} on the day {@code :today}: its campaign takes
     * pre-orders and is open, an expected quantity is set and no harvest recorded yet. {@link PreorderTerms} reads it
     * too.
     */
    static final String TAKING_PREORDERS = "c.preorders AND c.status = 'OPEN' AND c.opens_on <= :today"
            + " AND c.closes_on >= :today AND p.expected_grams IS NOT NULL AND p.harvested_at IS NULL";
    private static final String OPEN = "SELECT p.id, p.product_id FROM campaign_product p"
            + " JOIN campaign c ON c.id = p.campaign_id WHERE p.product_id IN (:ids) AND " + TAKING_PREORDERS;

    private final EntityManager em;
    private final Clock clock;

    CampaignPreorders(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Set<Long> preorderable(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> found = new HashSet<>();
        for (Object[] row : open(productIds)) {
            found.add(((Number) row[1]).longValue());
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> open(Collection<Long> productIds) {
        return em.createNativeQuery(OPEN).setParameter("ids", productIds).setParameter("today", LocalDate.now(clock))
                .getResultList();
    }

    @Override
    public Map<Long, Long> holdAllowances(Collection<Long> productIds) {
        Map<Long, Long> allowances = new TreeMap<>();
        if (productIds.isEmpty()) {
            return allowances;
        }
        List<Long> ids = open(productIds).stream().map(row -> ((Number) row[0]).longValue()).toList();
        if (ids.isEmpty()) {
            return allowances;
        }
        // A locking read: it waits for a harvest being recorded, and sees it once committed.
        for (Object row : em
                .createNativeQuery("SELECT product_id, expected_grams FROM campaign_product"
                        + " WHERE id IN (?1) AND harvested_at IS NULL ORDER BY id FOR UPDATE")
                .setParameter(1, ids).getResultList()) {
            Object[] c = (Object[]) row;
            allowances.merge(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), Math::min);
        }
        return allowances;
    }
}
