package vn.chophien.order;

/** Cash to the postman on delivery, or a bank transfer by scanning the order's VietQR code. */
public enum PaymentMethod {
    COD, VIETQR
}
