package vn.chophien.syndication.listing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ListingChannels;
import vn.chophien.syndication.Channels;
import vn.chophien.syndication.SalesChannel;

/**
 * How a product stands on each enabled channel, for its seller's page and the API: the last answer, shown as PENDING
 * while a newer version is on its way (a change the channel has not confirmed yet), unless the partner refused it.
 */
@ApplicationScoped
public class ListingChannelStates implements ListingChannels {

    private final EntityManager em;
    private final Channels channels;
    private final CatalogService catalog;

    ListingChannelStates(EntityManager em, Channels channels, CatalogService catalog) {
        this.em = em;
        this.channels = channels;
        this.catalog = catalog;
    }

    @Override
    public List<ChannelState> of(long productId) {
        Map<String, ChannelListing> rows = rows(productId);
        Number revision = revision(productId);
        boolean published = isPublished(productId);
        List<ChannelState> states = new ArrayList<>();
        for (SalesChannel channel : channels.enabled()) {
            ChannelListing row = rows.get(channel.code());
            boolean wanted = row == null || row.wanted;
            ChannelListingState state;
            if (row == null) {
                state = published && wanted ? ChannelListingState.PENDING : ChannelListingState.DELISTED;
            } else if (row.state != ChannelListingState.FAILED && revision != null
                    && revision.longValue() > row.syncedVersion && (published && wanted || row.externalId != null)) {
                state = ChannelListingState.PENDING;
            } else {
                state = row.state;
            }
            states.add(new ChannelState(channel.code(), channel.displayName(), wanted, state.name(),
                    row == null ? null : row.externalId, row == null ? null : row.syncedAt,
                    row == null ? null : row.lastError));
        }
        return states;
    }

    @Override
    public List<ChannelState> live(long productId) {
        Map<String, ChannelListing> rows = rows(productId);
        List<ChannelState> live = new ArrayList<>();
        for (SalesChannel channel : channels.enabled()) {
            ChannelListing row = rows.get(channel.code());
            if (row != null && row.wanted && row.state == ChannelListingState.SYNCED) {
                live.add(new ChannelState(channel.code(), channel.displayName(), true, row.state.name(), row.externalId,
                        row.syncedAt, null));
            }
        }
        return live;
    }

    private Map<String, ChannelListing> rows(long productId) {
        Map<String, ChannelListing> rows = new HashMap<>();
        em.createQuery("from ChannelListing c where c.productId = :p", ChannelListing.class)
                .setParameter("p", productId).getResultList().forEach(c -> rows.put(c.channel, c));
        return rows;
    }

    private Number revision(long productId) {
        List<?> found = em.createNativeQuery("SELECT revision FROM listing_revision WHERE product_id = ?1")
                .setParameter(1, productId).getResultList();
        return found.isEmpty() ? null : (Number) found.get(0);
    }

    private boolean isPublished(long productId) {
        return "PUBLISHED".equals(catalog.productFacts(productId).status());
    }
}
