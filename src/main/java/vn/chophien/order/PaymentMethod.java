package vn.chophien.order;

/** Cash to the postman on delivery, a bank transfer by scanning the order's VietQR code, or paid on the partner channel where the order was placed (the channel settles with us). */
public enum PaymentMethod {
    COD, VIETQR, CHANNEL
}
