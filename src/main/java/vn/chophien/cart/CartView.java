package vn.chophien.cart;

import java.util.List;

/**
 * A cart as the shopper sees it, grouped into the parcels it would become: each seller's lines with current prices,
 * the parcel's weight and, once the destination province is known, its shipping fee.
 */
public record CartView(List<Parcel> parcels, List<Line> unavailable, int items, long goodsVnd, Long shippingVnd,
        Long totalVnd, String destinationProvince) {

    public record Parcel(long sellerId, String sellerName, List<Line> lines, long goodsVnd, long weightGrams,
            Long shippingVnd) {
    }

    /** {@code available} is the stock now; {@code short} when the cart asks for more than that. */
    public record Line(long variantId, String productName, String productSlug, String label, long unitPriceVnd,
            int quantity, long totalVnd, int available) {

        public boolean isShort() {
            return quantity > available;
        }
    }

    public boolean isEmpty() {
        return parcels.isEmpty() && unavailable.isEmpty();
    }

    public boolean anyShort() {
        return parcels.stream().flatMap(p -> p.lines().stream()).anyMatch(Line::isShort);
    }
}
