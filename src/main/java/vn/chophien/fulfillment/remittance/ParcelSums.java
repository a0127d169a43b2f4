package vn.chophien.fulfillment.remittance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.SellerContact;

/**
 * Sums of delivered parcels' money per seller, read in one grouped query and checked for overflow rather than
 * wrapped: the arithmetic every statement, report and seller's page shares.
 */
@ApplicationScoped
class ParcelSums {

    private static final String SUMS = "SELECT seller_id, COUNT(*), COALESCE(SUM(cod_collected_vnd), 0),"
            + " COALESCE(SUM(shipping_retained_vnd), 0), COALESCE(SUM(service_fee_vnd), 0),"
            + " COALESCE(SUM(weight_adjustment_vnd), 0) FROM parcel WHERE delivered_at IS NOT NULL AND ";

    /** Names in the order Vietnamese readers expect ("Hộ …" before "HTX …"), as the database's collation has them. */
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final EntityManager em;
    private final CatalogService catalog;

    ParcelSums(EntityManager em, CatalogService catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    /** Per seller id, the sums of the delivered parcels the condition selects (parameters ?1, ?2, …). */
    Map<Long, Remittance.Sums> of(String condition, Object... parameters) {
        Query query = em.createNativeQuery(SUMS + condition);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Map<Long, Remittance.Sums> bySeller = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            bySeller.put(exact(c[0]), Remittance.Sums.of(Math.toIntExact(exact(c[1])), exact(c[2]), exact(c[3]),
                    exact(c[4]), exact(c[5])));
        }
        return bySeller;
    }

    List<Remittance.SellerLine> lines(Map<Long, Remittance.Sums> bySeller) {
        Map<Long, SellerContact> sellers = catalog.sellerContacts(bySeller.keySet());
        return bySeller.entrySet().stream().map(e -> new Remittance.SellerLine(e.getKey(),
                sellers.containsKey(e.getKey()) ? sellers.get(e.getKey()).name() : "#" + e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Remittance.SellerLine::sellerName, VIETNAMESE)).toList();
    }

    static Remittance.Sums total(List<Remittance.SellerLine> lines) {
        return lines.stream().map(Remittance.SellerLine::sums).reduce(Remittance.Sums.ZERO, Remittance.Sums::plus);
    }

    /** A SQL number as a long, refusing one that does not fit rather than wrapping. */
    private static long exact(Object value) {
        if (value instanceof BigDecimal d) {
            return d.longValueExact();
        }
        if (value instanceof BigInteger i) {
            return i.longValueExact();
        }
        return ((Number) value).longValue();
    }
}
