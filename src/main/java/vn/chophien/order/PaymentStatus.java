package vn.chophien.order;

/**
 * Where the money of an order stands. COD orders are paid to the post office on delivery; VietQR orders wait for the
 * transfer, and are cancelled if it does not come in time. A paid order that is cancelled owes the buyer a refund.
 */
public enum PaymentStatus {
    COD_PENDING, COD_COLLECTED, AWAITING_PAYMENT, PAID, REFUND_DUE, CANCELLED
}
