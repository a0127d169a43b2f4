package vn.chophien.order;

import jakarta.enterprise.context.ApplicationScoped;

/** How an order is paid, as the buyer sees it: for VietQR the payload of its QR code and the account written out. */
@ApplicationScoped
public class Payments {

    private final VietQrConfig vietQr;

    Payments(VietQrConfig vietQr) {
        this.vietQr = vietQr;
    }

    /** VietQR is offered once the receiving account is configured. */
    public boolean vietQrOffered() {
        return vietQr.bankBin().isPresent() && vietQr.accountNumber().isPresent();
    }

    public OrderViews.PaymentView view(Order order) {
        if (order.paymentMethod != PaymentMethod.VIETQR || !vietQrOffered()) {
            return new OrderViews.PaymentView(order.paymentMethod, order.paymentStatus, null, null, order.paymentDueAt,
                    order.paidAt, order.paidVnd, order.surplusVnd);
        }
        String bin = vietQr.bankBin().orElseThrow();
        String account = vietQr.accountNumber().orElseThrow();
        boolean payable = order.paymentStatus == PaymentStatus.AWAITING_PAYMENT;
        long due = Math.subtractExact(order.totalVnd, order.paidVnd);
        return new OrderViews.PaymentView(order.paymentMethod, order.paymentStatus,
                payable ? VietQr.payload(bin, account, due, order.code) : null,
                new OrderViews.BankAccount(bin, vietQr.bankName().orElse(null), account,
                        vietQr.accountName().orElse(null), payable ? due : order.totalVnd, order.code),
                order.paymentDueAt, order.paidAt, order.paidVnd, order.surplusVnd);
    }
}
