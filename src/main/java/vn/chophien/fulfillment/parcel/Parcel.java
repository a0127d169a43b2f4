package vn.chophien.fulfillment.parcel;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * What the post office knows of a seller order it picked up: its tracking code, the weight it weighed and the
 * shipping difference that weight makes (settled with the seller in the remittance, never charged to the buyer), the
 * cash collected on delivery and whether it matched what was due, a return's reason, and the statement its money went
 * into. The seller order itself, and its status, belong to the order feature.
 */
@Entity
public class Parcel {

    /** The seller order's id: one record per parcel. */
    @Id
    public Long sellerOrderId;

    public long postOfficeId;
    public long sellerId;
    public String trackingCode;
    public int declaredGrams;
    public int weighedGrams;
    /** The shipping fee the buyer paid. */
    public long shippingVnd;
    /** The fee at the weighed weight less the fee paid: the seller's to settle (negative: the seller's credit). */
    public long weightAdjustmentVnd;
    /** Cash to collect on delivery (goods and shipping), zero when paid by VietQR. */
    public long codDueVnd;
    public long pickedUpBy;
    public Instant pickedUpAt;
    public Instant handedOnAt;

    public Long codCollectedVnd;
    /** The cash collected was not what was due: flagged to the office and the ADMINs. */
    public boolean cashMismatch;
    /** Of the cash collected, the shipping the office keeps. */
    public Long shippingRetainedVnd;
    /** The office's fee for collecting the cash. */
    public Long serviceFeeVnd;
    public Long deliveredBy;
    public Instant deliveredAt;
    /** The cash on delivery the carrier paid over to the office, and when; null while the carrier still has it. */
    public Long carrierPaidVnd;
    public Instant carrierPaidAt;

    public String returnReason;
    public Long returnedBy;
    public Instant returnedAt;

    /** The remittance statement that settled this parcel's money; null until one closes over it. */
    public Long statementId;

    @Version
    public long version;

    /**
     * Delivered, by a member of staff ({@code by}) or by the carrier (null), with this cash collected: the office
     * keeps the shipping of a cash-on-delivery parcel and its fee; cash other than what was due is flagged.
     */
    void delivered(long collected, boolean cashOnDelivery, long serviceFee, Long by, Instant at) {
        codCollectedVnd = collected;
        cashMismatch = collected != codDueVnd;
        shippingRetainedVnd = cashOnDelivery ? shippingVnd : 0;
        serviceFeeVnd = serviceFee;
        deliveredBy = by;
        deliveredAt = at;
    }
}
