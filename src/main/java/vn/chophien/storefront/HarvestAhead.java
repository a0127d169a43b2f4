package vn.chophien.storefront;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A port to harvest campaigns: whether a product sells ahead of its harvest today, so its page offers a pre-order
 * with the campaign's shipping dates instead of calling the product sold out.
 */
public interface HarvestAhead {

    /** The open campaign taking pre-orders of this product and when they ship; empty when none does today. */
    Optional<Terms> of(long productId);

    record Terms(String campaignSlug, String campaignName, LocalDate shipsFrom, LocalDate shipsBy) {
    }
}
