package vn.chophien.order;

import java.time.Instant;
import java.util.List;

/** What the order endpoints answer. */
public final class OrderViews {

    private OrderViews() {
    }

    public record OrderView(long id, String code, OrderStatus status, long goodsVnd, long shippingVnd, long totalVnd,
            ShipToView shipTo, List<SellerOrderView> sellerOrders, PaymentView payment, Instant createdAt) {
    }

    public record ShipToView(String name, String phone, String line1, String communeCode, String communeName,
            String provinceName) {
    }

    /** A parcel as its buyer sees it, with its timeline. */
    public record SellerOrderView(long id, String code, long sellerId, String sellerName, SellerOrderStatus status,
            long goodsVnd, long shippingVnd, long weightGrams, String cancelReason, String trackingCode,
            String returnReason, List<LineView> lines, List<EventView> timeline, boolean heldForHarvest,
            long refundDueVnd) {
    }

    public record LineView(long variantId, long productId, String productName, String variantLabel, long unitPriceVnd,
            int quantity, long totalVnd, boolean preorder) {
    }

    /** One step: when, to what status, by whom (a role, and a name where the role says too little), and why. */
    public record EventView(Instant at, SellerOrderStatus status, String by, String byName, String reason) {
    }

    /**
     * How the order is paid; for VietQR, the payload to show as a QR code and the account written out, what has been
     * received so far and any surplus owed back.
     */
    public record PaymentView(PaymentMethod method, PaymentStatus status, String vietqrPayload, BankAccount bankAccount,
            Instant dueAt, Instant paidAt, long paidVnd, long surplusVnd) {
    }

    public record BankAccount(String bankBin, String bankName, String accountNumber, String accountName, long amountVnd,
            String content) {
    }

    /**
     * A parcel as its seller sees it: what to pack, where it goes, and how it is paid; {@code channel} is where it was
     * ordered (STOREFRONT, or a partner with its own reference). Once the post office has it, its tracking code, the
     * weighed weight and what that weight changes in the shipping fee (settled with the seller in the remittance,
     * never charged to the buyer), and for a return, its reason and whether the stock went back on sale.
     */
    public record ParcelView(long id, String code, String orderCode, String channel, String externalRef,
            SellerOrderStatus status, long goodsVnd, long shippingVnd, long weightGrams, ShipToView shipTo,
            PaymentMethod paymentMethod, PaymentStatus paymentStatus, long codToCollectVnd, String cancelReason,
            List<LineView> lines, List<EventView> timeline, Instant createdAt, PostageView postage,
            Instant restockedAt) {

        public boolean restockable() {
            return status == SellerOrderStatus.RETURNED && restockedAt == null;
        }
    }

    /** What the post office recorded of a parcel it picked up. */
    public record PostageView(String trackingCode, long weighedGrams, long shippingAdjustmentVnd, Long codCollectedVnd,
            boolean cashMismatch, String returnReason) {
    }

    /** An order just placed, as another feature needs to know it. */
    public record Placed(long orderId, String code, long totalVnd) {
    }
}
