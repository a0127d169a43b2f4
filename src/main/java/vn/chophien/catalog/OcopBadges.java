package vn.chophien.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A port to OCOP certification: the badge a product shows, only while a verified certificate is in force, and the
 * certificates a seller should renew soon.
 */
public interface OcopBadges {

    record Badge(int stars, String number, String issuedBy, LocalDate expiresOn) {
    }

    Optional<Badge> badgeOf(long productId);

    /** The badges of those of these products that have one, by product id. */
    Map<Long, Badge> badgesOf(Collection<Long> productIds);

    /** A seller's certificates in force that lapse within 90 days, soonest first, for a warning on its shop. */
    List<Badge> expiringSoon(long sellerId);
}
