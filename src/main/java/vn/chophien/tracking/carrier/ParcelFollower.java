package vn.chophien.tracking.carrier;

import java.time.Instant;

import vn.chophien.tracking.TrackingStatus;

/**
 * A port to fulfillment: what a parcel's carrier reported, for the parcel and its order to follow (in transit,
 * delivered with the cash it collected, returned), and the cash on delivery the carrier paid over. Implemented there;
 * called inside the transaction that records the carrier's event.
 */
public interface ParcelFollower {

    /** The parcel's status, derived from its events, is now {@code status}, as the carrier reported. */
    void follow(long parcelId, TrackingStatus status, Long codCollectedVnd, String carrierName, String note,
            Instant at);

    /** The carrier paid the parcel's cash on delivery over to the office. */
    void codPaidOver(long parcelId, long amountVnd, Instant at);
}
