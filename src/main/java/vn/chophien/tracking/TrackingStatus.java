package vn.chophien.tracking;

/**
 * Where a parcel is, in one vocabulary for every source: the post office's own moves now, each carrier's status
 * codes mapped onto it later.
 */
public enum TrackingStatus {
    PENDING, PICKED_UP, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_FAILED, RETURNING, RETURNED, DELIVERED, CANCELLED
}
