package vn.chophien.fulfillment.remittance;

import java.time.Instant;
import java.util.List;

/** What the remittance endpoints answer. Money in đồng; net = collected − shipping retained − fee − adjustment. */
public final class Remittance {

    private Remittance() {
    }

    /** Sums of some deliveries: one seller's, or all of a statement's. */
    public record Sums(int parcels, long codCollectedVnd, long shippingRetainedVnd, long serviceFeeVnd,
            long weightAdjustmentVnd, long netVnd) {

        public static final Sums ZERO = new Sums(0, 0, 0, 0, 0, 0);

        /** One parcel's money, its net derived so that collected = net + retained to the đồng. */
        static Sums of(int parcels, long collected, long shipping, long fee, long adjustment) {
            long retained = Math.addExact(Math.addExact(shipping, fee), adjustment);
            return new Sums(parcels, collected, shipping, fee, adjustment, Math.subtractExact(collected, retained));
        }

        public Sums plus(Sums o) {
            return new Sums(Math.addExact(parcels, o.parcels), Math.addExact(codCollectedVnd, o.codCollectedVnd),
                    Math.addExact(shippingRetainedVnd, o.shippingRetainedVnd),
                    Math.addExact(serviceFeeVnd, o.serviceFeeVnd),
                    Math.addExact(weightAdjustmentVnd, o.weightAdjustmentVnd), Math.addExact(netVnd, o.netVnd));
        }

        /** What the office keeps of the cash. */
        public long retainedVnd() {
            return Math.addExact(Math.addExact(shippingRetainedVnd, serviceFeeVnd), weightAdjustmentVnd);
        }
    }

    public record SellerLine(long sellerId, String sellerName, Sums sums) {
    }

    /** The office's deliveries of a period, per seller: {@code GET /api/postal/remittances}. */
    public record Report(long postOfficeId, String from, String to, List<SellerLine> sellers, Sums totals,
            Sums unsettled) {
    }

    public record StatementView(long id, String number, long postOfficeId, String postOfficeName,
            RemittanceStatement.Status status, Instant periodFrom, Instant periodTo, Sums totals,
            List<SellerLine> lines, String closedByName, Instant closedAt, Instant paidAt, String transferReference,
            CarrierCash carrierCash) {

        public boolean paid() {
            return status == RemittanceStatement.Status.PAID;
        }
    }

    /**
     * The cash on delivery of a statement's parcels that the carrier delivered: how much it has paid over to the office
     * (its COD-paid notices) and which parcels' cash is still with it. Read as it is now: the statement's own sums
     * never change.
     */
    public record CarrierCash(long paidOverVnd, long withCarrierVnd, List<WithCarrier> stillWithCarrier) {
    }

    /** A parcel whose cash the carrier collected and has not paid over yet. */
    public record WithCarrier(String trackingCode, long codVnd) {
    }

    /** A seller's money at the post offices: statements closed for them, and what is still owed. */
    public record SellerRemittances(long sellerId, long owedVnd, Sums unsettled, List<SellerStatement> statements) {
    }

    public record SellerStatement(long statementId, String number, String postOfficeName,
            RemittanceStatement.Status status, Instant periodTo, Instant paidAt, String transferReference, Sums sums) {
    }
}
