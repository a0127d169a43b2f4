package vn.chophien.ocop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the OCOP and traceability endpoints answer. */
public final class OcopViews {

    private OcopViews() {
    }

    /** A certificate; {@code expiringSoon} warns its seller 90 days ahead, {@code inForce} says if the badge shows. */
    public record CertificateView(long id, long sellerId, List<Long> productIds, int stars, String number,
            String issuedBy, LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status, String rejectionReason,
            boolean hasScan, boolean inForce, boolean expiringSoon) {
    }

    public record BatchView(long id, long productId, String traceCode, String traceUrl, LocalDate harvestedOn,
            BigDecimal quantityKg, String notes) {
    }
}
