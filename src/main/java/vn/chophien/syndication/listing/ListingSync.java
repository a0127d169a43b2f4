package vn.chophien.syndication.listing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ListingChanged;
import vn.chophien.catalog.StockChanged;
import vn.chophien.outbox.Outbox;
import vn.chophien.syndication.Channels;
import vn.chophien.syndication.SalesChannel;
import vn.chophien.web.ProblemException;

/**
 * Every change a partner may show (text, price, stock, photos, OCOP badge, status) leaves for every enabled channel in
 * the transaction that makes it: the listing's revision moves on and one outbox event per channel is written, so the
 * change and its announcement commit or vanish together. The event names the product only: its delivery reads the
 * listing as it is then, so ten stock changes waiting together go out as one update of the latest count.
 */
@ApplicationScoped
public class ListingSync {

    private final EntityManager em;
    private final Outbox outbox;
    private final Channels channels;
    private final CatalogService catalog;

    ListingSync(EntityManager em, Outbox outbox, Channels channels, CatalogService catalog) {
        this.em = em;
        this.outbox = outbox;
        this.channels = channels;
        this.catalog = catalog;
    }

    void onListingChanged(@Observes ListingChanged changed) {
        announce(List.of(changed.productId()));
    }

    void onStockChanged(@Observes StockChanged changed) {
        announce(changed.productIds());
    }

    /**
     * The seller picks the channels a product is offered on (the others take it down); 404 for a product the account
     * does not act for, a field error for a channel nobody knows.
     */
    @Transactional
    public void choose(long accountId, long productId, Set<String> wanted) {
        catalog.ownProductFacts(accountId, productId);
        for (String code : wanted) {
            if (channels.byCode(code).isEmpty()) {
                throw ProblemException.invalidField("channels", "unknown-channel", code);
            }
        }
        for (SalesChannel channel : channels.all()) {
            boolean on = wanted.stream().anyMatch(channel.code()::equalsIgnoreCase);
            em.createNativeQuery("INSERT INTO channel_listing (product_id, channel, wanted, state, updated_at)"
                    + " VALUES (?1, ?2, ?3, 'PENDING', UTC_TIMESTAMP(6)) ON DUPLICATE KEY UPDATE wanted = ?3")
                    .setParameter(1, productId).setParameter(2, channel.code()).setParameter(3, on).executeUpdate();
        }
        announce(List.of(productId));
    }

    /** Moves each product's revision on and tells every enabled channel, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(Collection<Long> productIds) {
        List<SalesChannel> to = channels.enabled();
        if (to.isEmpty() || productIds.isEmpty()) {
            return;
        }
        List<Long> products = productIds.stream().sorted().distinct().toList();
        // One statement, rows in id order: two checkouts of the same products take these locks in the same order.
        StringBuilder sql = new StringBuilder("INSERT INTO listing_revision (product_id, revision) VALUES ");
        for (int i = 0; i < products.size(); i++) {
            sql.append(i == 0 ? "(?, 1)" : ", (?, 1)");
        }
        var bump = em.createNativeQuery(sql.append(" ON DUPLICATE KEY UPDATE revision = revision + 1").toString());
        for (int i = 0; i < products.size(); i++) {
            bump.setParameter(i + 1, products.get(i));
        }
        bump.executeUpdate();
        List<Outbox.Event> events = new ArrayList<>(products.size() * to.size());
        for (long product : products) {
            for (SalesChannel channel : to) {
                events.add(new Outbox.Event(Channels.listingTopic(channel.code()), "product-" + product,
                        Map.of("productId", product)));
            }
        }
        outbox.publishAll(events);
    }
}
