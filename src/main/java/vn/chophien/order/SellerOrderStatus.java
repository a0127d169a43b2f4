package vn.chophien.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a parcel. A seller confirms it and gets it ready; the post office picks it up, carries and delivers it
 * (or brings it back); it can be cancelled only while it is still with the seller.
 */
public enum SellerOrderStatus {
    PLACED, CONFIRMED, READY_FOR_PICKUP, PICKED_UP, IN_TRANSIT, DELIVERED, CANCELLED, RETURNED;

    /** Where a parcel may go from here; anything else is refused with a 409. */
    public Set<SellerOrderStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(READY_FOR_PICKUP, CANCELLED);
            case READY_FOR_PICKUP -> EnumSet.of(PICKED_UP, CANCELLED);
            case PICKED_UP -> EnumSet.of(IN_TRANSIT, DELIVERED, RETURNED);
            case IN_TRANSIT -> EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED, CANCELLED, RETURNED -> EnumSet.noneOf(SellerOrderStatus.class);
        };
    }

    public boolean canBecome(SellerOrderStatus target) {
        return next().contains(target);
    }

    /** Still at the seller's: the buyer or the seller may cancel, and the stock goes back. */
    public boolean beforePickup() {
        return this == PLACED || this == CONFIRMED || this == READY_FOR_PICKUP;
    }
}
