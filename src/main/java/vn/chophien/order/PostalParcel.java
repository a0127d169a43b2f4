package vn.chophien.order;

import java.time.Instant;
import java.util.List;

/**
 * A parcel as the post office handles it: where it ships from and to, what it weighs as ordered, and the cash to
 * collect on delivery (nothing when paid by VietQR). What the order feature hands the fulfillment feature.
 */
public record PostalParcel(long id, String code, long orderId, String orderCode, long sellerId, String fromCommuneCode,
        SellerOrderStatus status, long goodsVnd, long shippingVnd, long declaredGrams, PaymentMethod paymentMethod,
        PaymentStatus paymentStatus, long codDueVnd, OrderViews.ShipToView shipTo, List<OrderViews.LineView> lines,
        List<OrderViews.EventView> timeline, Instant createdAt) {

    /** A parcel the post office has just picked up, with the shipping fee its weighed weight would have cost. */
    public record PickedUp(PostalParcel parcel, int weighedGrams, long shippingAtWeighedVnd) {

        /** What the weighed weight adds to (or takes off) the fee the buyer paid: the seller's to settle. */
        public long shippingAdjustmentVnd() {
            return Math.subtractExact(shippingAtWeighedVnd, parcel.shippingVnd());
        }
    }

    /**
     * Who moves a parcel: a member of a post office's staff (the office's name for the timeline), or the carrier that
     * reported it (no account; its name for the timeline).
     */
    public record Actor(Long accountId, String officeName, String role) {

        public Actor(long accountId, String officeName) {
            this(accountId, officeName, OrderService.POSTAL_STAFF);
        }

        public static Actor carrier(String carrierName) {
            return new Actor(null, carrierName, OrderService.CARRIER);
        }
    }
}
