package vn.chophien.order;

import java.util.Collection;
import java.util.Map;

/**
 * A port to the fulfillment feature: what the post office recorded of parcels (tracking code, weighed weight, the
 * shipping difference, cash collected, a return's reason), for the buyer's and seller's order pages. Implemented
 * there; orders never read its tables.
 */
public interface ParcelPostage {

    /** The postage of those parcels that have any, by seller order id. */
    Map<Long, Postage> of(Collection<Long> sellerOrderIds);

    record Postage(String trackingCode, int weighedGrams, long shippingAdjustmentVnd, Long codCollectedVnd,
            boolean cashMismatch, String returnReason) {
    }
}
