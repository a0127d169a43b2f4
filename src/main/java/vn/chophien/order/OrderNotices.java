package vn.chophien.order;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.catalog.CatalogService;
import vn.chophien.notification.Notifications;
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;

/**
 * Tells the people an order concerns what happened to it: every member of a seller of a new parcel, the buyer of each
 * move of a parcel. Written in the order's own transaction, so nobody hears of an order that rolled back.
 */
@ApplicationScoped
public class OrderNotices {

    private final Notifications notifications;
    private final CatalogService catalog;

    OrderNotices(Notifications notifications, CatalogService catalog) {
        this.notifications = notifications;
        this.catalog = catalog;
    }

    void parcelPlaced(SellerOrder parcel) {
        int items = parcel.lines.stream().mapToInt(l -> l.quantity).sum();
        List<String> args = List.of(parcel.code, Integer.toString(items),
                Formats.vnd(parcel.goodsVnd + parcel.shippingVnd, Languages.VIETNAMESE));
        for (long member : catalog.memberAccountIds(parcel.sellerId)) {
            notifications.send(member, "parcel-placed", args, "/seller/orders/" + parcel.id);
        }
    }

    /**
     * The buyer hears of what others do to the parcel; the seller hears when the buyer cancels it, and both hear of
     * what the post office does with it.
     */
    void parcelMoved(SellerOrder parcel, String role) {
        List<String> args = List.of(parcel.code, "@status." + parcel.status);
        if (OrderService.BUYER.equals(role) || OrderService.POSTAL_STAFF.equals(role)
                || OrderService.CARRIER.equals(role)) {
            for (long member : catalog.memberAccountIds(parcel.sellerId)) {
                notifications.send(member, "parcel-status", args, "/seller/orders/" + parcel.id);
            }
        }
        if (!OrderService.BUYER.equals(role) && parcel.order.buyerId != null) {
            // a channel's customer hears from the channel, not from us
            notifications.send(parcel.order.buyerId, "parcel-status", args, "/orders/" + parcel.order.id);
        }
    }

    /** The buyer of a pre-order the harvest could not fill hears why, and that paid money comes back. */
    void preorderShort(SellerOrder parcel) {
        if (parcel.order.buyerId == null) {
            return;
        }
        String key = parcel.refundDueVnd > 0 ? "preorder-short-refund" : "preorder-short";
        notifications.send(parcel.order.buyerId, key,
                List.of(parcel.code, Formats.vnd(parcel.refundDueVnd, Languages.VIETNAMESE)),
                "/orders/" + parcel.order.id);
    }
}
