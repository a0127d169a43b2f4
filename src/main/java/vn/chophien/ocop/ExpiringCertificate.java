package vn.chophien.ocop;

import java.time.LocalDate;
import java.util.List;

/** A verified certificate of a province that lapses soon: whose, which, and on what day. */
public record ExpiringCertificate(long id, long sellerId, int stars, String number, LocalDate expiresOn,
        List<Long> productIds) {
}
