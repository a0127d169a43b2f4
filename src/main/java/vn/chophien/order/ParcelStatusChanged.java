package vn.chophien.order;

import java.time.Instant;
import java.util.List;

/**
 * A parcel was placed ({@code from} null) or moved from one status to another. Fired inside the transaction of the
 * change, for every parcel of every channel, so what keeps figures of sales commits or rolls back with the order.
 *
 * @param placedAt when its order was placed: the week it counts in
 */
public record ParcelStatusChanged(long sellerId, String fromCommuneCode, String channel, Instant placedAt,
        SellerOrderStatus from, SellerOrderStatus to, List<Line> lines) {

    /** A line as bought: its product, how many packs, their weight and what they cost. */
    public record Line(long productId, int quantity, long grams, long revenueVnd) {
    }
}
