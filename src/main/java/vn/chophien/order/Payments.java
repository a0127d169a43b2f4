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
                    order.paidAt);
        }
        String bin = vietQr.bankBin().orElseThrow();
        String account = vietQr.accountNumber().orElseThrow();
        boolean payable = order.paymentStatus == PaymentStatus.AWAITING_PAYMENT;
        return new OrderViews.PaymentView(order.paymentMethod, order.paymentStatus,
                payable ? VietQr.payload(bin, account, order.totalVnd, order.code) : null,
                new OrderViews.BankAccount(bin, vietQr.bankName().orElse(null), account,
                        vietQr.accountName().orElse(null), order.totalVnd, order.code),
                order.paymentDueAt, order.paidAt);
    }
}
