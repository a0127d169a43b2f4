package vn.chophien.fulfillment.parcel;

import java.time.Instant;
import java.util.List;

import vn.chophien.order.OrderViews;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.SellerOrderStatus;

/** What the post office endpoints answer. */
public final class ParcelViews {

    private ParcelViews() {
    }

    /**
     * A parcel as the office's staff see it: whom to collect it from and deliver it to, what it weighs, the cash to
     * collect, and what the office recorded of it.
     */
    public record ParcelView(long id, String code, String orderCode, SellerOrderStatus status, String trackingCode,
            SellerView seller, OrderViews.ShipToView shipTo, long declaredGrams, Integer weighedGrams, long shippingVnd,
            long weightAdjustmentVnd, PaymentMethod paymentMethod, long codDueVnd, Long codCollectedVnd,
            boolean cashMismatch, String returnReason, Instant pickedUpAt, Instant deliveredAt, Long statementId,
            List<OrderViews.LineView> lines, List<OrderViews.EventView> timeline, Instant createdAt) {

        public boolean canPickUp() {
            return status == SellerOrderStatus.READY_FOR_PICKUP;
        }

        public boolean canHandOn() {
            return status == SellerOrderStatus.PICKED_UP;
        }

        public boolean onItsWay() {
            return status == SellerOrderStatus.PICKED_UP || status == SellerOrderStatus.IN_TRANSIT;
        }

        public boolean cod() {
            return paymentMethod == PaymentMethod.COD;
        }
    }

    /** A seller as a pickup stop: name, village or house, commune, province and a phone to call. */
    public record SellerView(long id, String name, String address, String phone, String communeCode, String communeName,
            String provinceName) {
    }

    /** One stop of a round: a seller, in their commune, and the parcels waiting there. */
    public record Stop(SellerView seller, int waiting, List<ParcelView> parcels) {
    }

    /** The parcels of one commune, stop by stop. */
    public record CommuneStops(String communeCode, String communeName, String provinceName, int waiting,
            List<Stop> stops) {
    }
}
