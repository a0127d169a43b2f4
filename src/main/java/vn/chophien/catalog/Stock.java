package vn.chophien.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.web.ProblemException;

/**
 * Stock moves here and nowhere else. A reservation is one conditional update per pack size
 * ({@code stock = stock - n WHERE stock >= n}), never read-then-write, so two buyers can never both take the last box;
 * rows are locked in id order, so two orders for the same pack sizes cannot deadlock. It runs in the caller's
 * transaction: when one line is short the caller's transaction is rolled back with all the others, nothing is held.
 */
@ApplicationScoped
public class Stock {

    private final EntityManager em;
    private final CatalogService catalog;
    private final Event<StockChanged> stockChanged;

    Stock(EntityManager em, CatalogService catalog, Event<StockChanged> stockChanged) {
        this.em = em;
        this.catalog = catalog;
        this.stockChanged = stockChanged;
    }

    /** Takes these quantities (by variant id) or throws a 409 listing what is short; the caller must roll back. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(Map<Long, Integer> quantities) {
        Map<Long, Integer> ordered = new TreeMap<>(quantities);
        for (Map.Entry<Long, Integer> line : ordered.entrySet()) {
            int taken = em.createNativeQuery(
                    "UPDATE variant SET stock = stock - ?1, version = version + 1 WHERE id = ?2 AND stock >= ?1")
                    .setParameter(1, line.getValue()).setParameter(2, line.getKey()).executeUpdate();
            if (taken == 0) {
                throw new ProblemException(409, "stock-short").with("shortages", shortages(ordered));
            }
        }
        announce(ordered.keySet());
    }

    /** Puts quantities back (a cancelled or expired order), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Map<Long, Integer> quantities) {
        Map<Long, Integer> ordered = new TreeMap<>(quantities);
        for (Map.Entry<Long, Integer> line : ordered.entrySet()) {
            em.createNativeQuery("UPDATE variant SET stock = stock + ?1, version = version + 1 WHERE id = ?2")
                    .setParameter(1, line.getValue()).setParameter(2, line.getKey()).executeUpdate();
        }
        // A pack size that was sold out is for sale again: search shows its product in stock.
        Set<Long> products = new TreeSet<>();
        for (Object row : em.createNativeQuery("SELECT id, product_id, stock FROM variant WHERE id IN (?1)")
                .setParameter(1, List.copyOf(ordered.keySet())).getResultList()) {
            Object[] columns = (Object[]) row;
            long product = ((Number) columns[1]).longValue();
            products.add(product);
            if (((Number) columns[2]).intValue() == ordered.get(((Number) columns[0]).longValue())) {
                catalog.listingChanged(product);
            }
        }
        stockChanged.fire(new StockChanged(products));
    }

    /**
     * What is short now, per line asked for. A locking read: a plain one would see this transaction's snapshot, taken
     * at its first read, and could still show the box another buyer took meanwhile.
     */
    private List<Shortage> shortages(Map<Long, Integer> ordered) {
        Map<Long, Integer> available = new TreeMap<>();
        for (Object row : em.createNativeQuery("SELECT id, stock FROM variant WHERE id IN (?1) LOCK IN SHARE MODE")
                .setParameter(1, List.copyOf(ordered.keySet())).getResultList()) {
            Object[] columns = (Object[]) row;
            available.put(((Number) columns[0]).longValue(), ((Number) columns[1]).intValue());
        }
        List<Shortage> shortages = new ArrayList<>();
        ordered.forEach((id, wanted) -> {
            int there = available.getOrDefault(id, 0);
            if (there < wanted) {
                shortages.add(new Shortage(id, wanted, there));
            }
        });
        return shortages;
    }

    /**
     * Tells the channels that these pack sizes' stock moved, and search when a product's last pack size just sold out.
     * The first look is by primary key at rows this transaction already holds; only a pack size now at zero makes it
     * look at its siblings.
     */
    private void announce(Collection<Long> variantIds) {
        Set<Long> products = new TreeSet<>();
        Set<Long> emptied = new TreeSet<>();
        for (Object row : em.createNativeQuery("SELECT product_id, stock FROM variant WHERE id IN (?1)")
                .setParameter(1, List.copyOf(variantIds)).getResultList()) {
            Object[] columns = (Object[]) row;
            long product = ((Number) columns[0]).longValue();
            products.add(product);
            if (((Number) columns[1]).intValue() == 0) {
                emptied.add(product);
            }
        }
        for (long id : emptied) {
            Number left = (Number) em
                    .createNativeQuery("SELECT COUNT(*) FROM variant WHERE product_id = ?1 AND stock > 0")
                    .setParameter(1, id).getSingleResult();
            if (left.longValue() == 0) {
                catalog.listingChanged(id);
            }
        }
        stockChanged.fire(new StockChanged(products));
    }
}
