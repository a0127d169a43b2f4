package vn.chophien.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A port to traceability: the harvest batches of a product, listed on its page with their trace page and QR code. */
public interface HarvestBatches {

    record Line(String traceCode, String traceUrl, LocalDate harvestedOn, BigDecimal quantityKg, String notes) {
        /** The QR code of the trace page, to print on the batch's labels. */
        public String qrPath() {
            return "/trace/" + traceCode + "/qr.png";
        }

        public String tracePath() {
            return "/trace/" + traceCode;
        }

        /** The quantity as people write it: "250", "12.5". */
        public String kilograms() {
            return quantityKg.stripTrailingZeros().toPlainString();
        }
    }

    /** The batches of a product the account acts for, latest harvest first; 404 for another seller's product. */
    List<Line> batchesOf(long accountId, long productId);
}
