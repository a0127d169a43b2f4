package vn.chophien.order;

/** An order as a whole: open while any parcel is on its way, then completed, or cancelled when all parcels are. */
public enum OrderStatus {
    PLACED, COMPLETED, CANCELLED
}
