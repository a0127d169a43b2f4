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

    private static final String OPEN = "select p.id from CampaignProduct p, Campaign c where c.id = p.campaignId"
            + " and p.productId in :ids and c.preorders = true and c.status = :open and c.opensOn <= :today"
            + " and c.closesOn >= :today and p.expectedGrams is not null and p.harvestedAt is null";

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
        return new HashSet<>(em.createQuery(OPEN.replace("select p.id", "select p.productId"), Long.class)
                .setParameter("ids", productIds).setParameter("open", Campaign.Status.OPEN)
                .setParameter("today", LocalDate.now(clock)).getResultList());
    }

    @Override
    public Map<Long, Long> holdAllowances(Collection<Long> productIds) {
        Map<Long, Long> allowances = new TreeMap<>();
        List<Long> ids = em.createQuery(OPEN, Long.class).setParameter("ids", productIds)
                .setParameter("open", Campaign.Status.OPEN).setParameter("today", LocalDate.now(clock)).getResultList();
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
