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
            long goodsVnd, long shippingVnd, long weightGrams, String cancelReason, List<LineView> lines,
            List<EventView> timeline) {
    }

    public record LineView(long variantId, long productId, String productName, String variantLabel, long unitPriceVnd,
            int quantity, long totalVnd) {
    }

    public record EventView(Instant at, SellerOrderStatus status, String by, String reason) {
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
     * ordered (STOREFRONT, or a partner with its own reference).
     */
    public record ParcelView(long id, String code, String orderCode, String channel, String externalRef,
            SellerOrderStatus status, long goodsVnd, long shippingVnd, long weightGrams, ShipToView shipTo,
            PaymentMethod paymentMethod, PaymentStatus paymentStatus, long codToCollectVnd, String cancelReason,
            List<LineView> lines, List<EventView> timeline, Instant createdAt) {
    }

    /** An order just placed, as another feature needs to know it. */
    public record Placed(long orderId, String code, long totalVnd) {
    }
}
