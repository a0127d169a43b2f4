package vn.chophien.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A port to syndication: where a product is offered besides this storefront, and how each of those channels stands.
 * Implemented there; the catalog shows it on the product and never reads its tables.
 */
public interface ListingChannels {

    /** One channel of a product, as its seller and the API see it. */
    record ChannelState(String channel, String name, boolean wanted, String state, String externalId,
            Instant lastSyncedAt, String lastError) {
    }

    /** Every channel the product is or could be on, with errors: for its seller and admins. */
    List<ChannelState> of(long productId);

    /** The channels where buyers can find the product now, without the partners' messages: for anyone. */
    List<ChannelState> live(long productId);
}
