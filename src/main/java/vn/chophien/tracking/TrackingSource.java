package vn.chophien.tracking;

/** Who reported a tracking event: our post office staff, or a carrier's webhook or polling. */
public enum TrackingSource {
    POST_OFFICE, VNPOST, VIETTELPOST
}
