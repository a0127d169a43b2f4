package vn.chophien.dashboard.sales;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/** Reads the sales summaries of a province over whole weeks; never the order lines. */
@ApplicationScoped
public class SalesFigures {

    /** One sales_week row: a week, channel and commune, with figures in {@link PendingSales#WEEK_COLUMNS} order. */
    public record WeekRow(LocalDate week, String channel, String communeCode, long parcels, long orderLines, long grams,
            long revenueVnd, long deliveredParcels, long deliveredGrams, long deliveredVnd, long cancelledParcels,
            long returnedParcels) {
    }

    /** A product's sales over the weeks asked for (parcels with it, packs, grams, revenue). */
    public record ProductRow(long productId, long sellerId, long parcels, long units, long grams, long revenueVnd) {
    }

    private final EntityManager em;

    SalesFigures(EntityManager em) {
        this.em = em;
    }

    /** The rows of the weeks whose Mondays are first to last (both included). */
    public List<WeekRow> weeks(String provinceCode, LocalDate firstMonday, LocalDate lastMonday) {
        List<?> rows = em
                .createNativeQuery("SELECT week, channel, commune_code, " + String.join(", ", PendingSales.WEEK_COLUMNS)
                        + " FROM sales_week WHERE province_code = ?1 AND week BETWEEN ?2 AND ?3")
                .setParameter(1, provinceCode).setParameter(2, firstMonday).setParameter(3, lastMonday).getResultList();
        List<WeekRow> weeks = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            weeks.add(new WeekRow(day(c[0]), (String) c[1], (String) c[2], n(c[3]), n(c[4]), n(c[5]), n(c[6]), n(c[7]),
                    n(c[8]), n(c[9]), n(c[10]), n(c[11])));
        }
        return weeks;
    }

    /** Every product of the province that sold in the weeks whose Mondays are first to last, summed over blocks. */
    public List<ProductRow> products(String provinceCode, LocalDate firstMonday, LocalDate lastMonday) {
        List<Weeks.Block> blocks = Weeks.cover(Weeks.number(firstMonday), Weeks.number(lastMonday));
        if (blocks.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(level = ").append(blocks.get(i).level()).append(" AND block = ")
                    .append(blocks.get(i).block()).append(')');
        }
        Query query = em.createNativeQuery("SELECT product_id, MIN(seller_id), SUM(parcels), SUM(units), SUM(grams),"
                + " SUM(revenue_vnd) FROM sales_product_block WHERE province_code = ?1 AND (" + where
                + ") GROUP BY product_id HAVING SUM(parcels) > 0").setParameter(1, provinceCode);
        List<ProductRow> products = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] c = (Object[]) row;
            products.add(new ProductRow(n(c[0]), n(c[1]), n(c[2]), n(c[3]), n(c[4]), n(c[5])));
        }
        return products;
    }

    private static LocalDate day(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** A SQL number as a long, refusing one that does not fit rather than wrapping. */
    private static long n(Object value) {
        if (value instanceof java.math.BigDecimal d) {
            return d.longValueExact();
        }
        if (value instanceof java.math.BigInteger i) {
            return i.longValueExact();
        }
        return ((Number) value).longValue();
    }
}
