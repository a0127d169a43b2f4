package vn.chophien.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A province's season at a glance, over whole weeks (Monday {@code from} to Sunday {@code to}, Vietnam time): the
 * `GET /api/dashboard/provinces/{code}` answer. Orders are parcels of the province's sellers (an order to several
 * sellers counts once for each), placed in the period and neither cancelled nor returned; revenue is what the goods
 * cost, shipping aside; weights are in grams, and in kilograms for reading.
 */
public record ProvinceDashboard(String provinceCode, String provinceName, LocalDate from, LocalDate to,
        Households households, Products products, long certificatesExpiring, long orders, long grams, BigDecimal kg,
        long revenueVnd, Sales delivered, long cancelled, long returned, List<ChannelSales> byChannel,
        List<CommuneSales> byCommune, List<ProductSales> byProduct, long productsSold, List<WeekSales> byWeek,
        List<OfficeFigures> postOffices, List<Expiring> expiringCertificates, List<DashboardSection.Section> sections) {

    /** How many products {@link #byProduct} lists, best sellers first; the CSV export has them all. */
    public static final int TOP_PRODUCTS = 20;

    /**
     * @param onboarded households (sellers of kind HOUSEHOLD) selling here by the end of the period
     * @param trained households trained in classes, absent until a feature records classes
     * @param trainedSelling of those trained, how many sold in the period
     * @param selling households with an order in the period
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Households(long onboarded, Long trained, Long trainedSelling, long selling, long sellers) {
    }

    /** @param certified products with an OCOP badge today, by their best stars ("3", "4", "5") */
    public record Products(long listed, Map<Integer, Long> certified, long certifiedTotal) {
    }

    public record Sales(long orders, long grams, BigDecimal kg, long revenueVnd) {
        public static Sales of(long orders, long grams, long revenueVnd) {
            return new Sales(orders, grams, ProvinceDashboard.kg(grams), revenueVnd);
        }
    }

    /** @param channel STOREFRONT (our own), POSTMART, VOSO or SENDO */
    public record ChannelSales(String channel, long orders, long grams, BigDecimal kg, long revenueVnd) {
    }

    public record CommuneSales(String communeCode, String communeName, long orders, long grams, BigDecimal kg,
            long revenueVnd, long delivered) {
    }

    /** @param orders parcels with this product */
    public record ProductSales(long productId, String name, long sellerId, String sellerName, long orders, long units,
            long grams, BigDecimal kg, long revenueVnd) {
    }

    /** @param week its Monday */
    public record WeekSales(LocalDate week, long orders, long grams, BigDecimal kg, long revenueVnd,
            Map<String, Long> revenueByChannel) {
    }

    /**
     * A post office serving communes of the province: the orders of sellers there in the period, how many it
     * delivered and brought back, and the cash on delivery it owes its sellers today.
     */
    public record OfficeFigures(long id, String code, String name, String carrier, long orders, long delivered,
            long returned, long codOwedVnd) {
    }

    public record Expiring(long certificateId, String number, int stars, LocalDate expiresOn, long sellerId,
            String sellerName, String products) {
    }

    /** Grams as kilograms, exact, with no more decimals than needed (12500 → 12.5). */
    public static BigDecimal kg(long grams) {
        BigDecimal kg = BigDecimal.valueOf(grams, 3).stripTrailingZeros();
        return kg.scale() < 0 ? kg.setScale(0) : kg;
    }
}
