package vn.chophien.integrations.voso;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Voso's shop API as we designed it (no public seller API of Voso was found; integrations/voso/README.md): listings
 * upserted in batches by our key, orders pushed to us in batches, our decision on each.
 */
public final class VosoApi {

    private VosoApi() {
    }

    public record Listing(@JsonProperty("listing_key") String listingKey, long version, String title, String summary,
            @JsonProperty("category_code") String categoryCode, String origin,
            @JsonProperty("ocop_stars") Integer ocopStars, List<String> photos, boolean active, List<Pack> packs) {
    }

    public record Pack(@JsonProperty("pack_key") String packKey, String label, @JsonProperty("price_vnd") long priceVnd,
            int stock, @JsonProperty("weight_g") int weightGrams) {
    }

    public record ListingBatch(List<Listing> listings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BatchResult(List<ListingResult> results) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ListingResult(@JsonProperty("listing_key") String listingKey, @JsonProperty("voso_id") String vosoId,
            boolean accepted, Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String code, String message) {
    }

    /** Orders Voso pushes to us, one or several at a time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderPush(List<Order> orders) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(@JsonProperty("voso_order_id") String vosoOrderId, Buyer buyer,
            @JsonProperty("deliver_to") Address deliverTo, @JsonProperty("paid_online") boolean paidOnline,
            List<Line> lines) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Buyer(@JsonProperty("full_name") String fullName, String mobile) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Address(String street, @JsonProperty("ward_code") String wardCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(@JsonProperty("pack_key") String packKey, int qty,
            @JsonProperty("unit_price_vnd") long unitPriceVnd) {
    }

    /** Our decision on one of its orders. */
    public record Decision(boolean accept, @JsonProperty("shop_order_ref") String shopOrderRef, String reason) {
    }

    public record Call(String path, Object body) {
    }
}
