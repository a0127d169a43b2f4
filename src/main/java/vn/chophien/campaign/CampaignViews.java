package vn.chophien.campaign;

import java.time.LocalDate;
import java.util.List;

/** What the campaign endpoints and pages answer: weights sold in kilograms (one decimal), targets as given. */
public final class CampaignViews {

    private CampaignViews() {
    }

    /** A campaign with its progress: kilograms sold from every channel, households and communes taking part. */
    public record CampaignView(long id, String slug, String name, String provinceCode, String provinceName,
            LocalDate opensOn, LocalDate closesOn, long targetKg, double soldKg, int households, int communes,
            boolean preorders, String status, List<ProductLine> products) {

        /** The share of the target sold, 0 to 100, for the progress bar. */
        public int percent() {
            return (int) Math.min(100, Math.floor(soldKg * 100 / targetKg));
        }

        public double soldTonnes() {
            return Math.round(soldKg / 100.0) / 10.0;
        }

        public double targetTonnes() {
            return targetKg / 1000.0;
        }
    }

    /** A product taking part, with its seller, what it sold in the campaign and whether it takes pre-orders now. */
    public record ProductLine(long productId, String slug, String name, long sellerId, String sellerName,
            String communeName, Long expectedKg, LocalDate shipsFrom, LocalDate shipsBy, Double harvestedKg,
            double soldKg, boolean preorderOpen, List<Pack> packs) {
    }

    /** A pack size of a product taking part, for the pre-order buttons of the campaign's page. */
    public record Pack(long variantId, String label, long priceVnd) {
    }

    /** What recording a harvest did: pre-orders filled oldest first, the rest cancelled, money owed back. */
    public record HarvestOutcome(String traceCode, double harvestedKg, int filled, double filledKg, int cancelled,
            double leftKg, long refundsDueVnd) {
    }

    /** A seller's place in one campaign: kilograms sold, rank among the sellers taking part (1 = most). */
    public record Standing(long campaignId, String slug, String name, String status, double soldKg, int rank,
            int sellers) {
    }
}
