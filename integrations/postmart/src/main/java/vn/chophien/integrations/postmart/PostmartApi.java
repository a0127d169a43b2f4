package vn.chophien.integrations.postmart;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Postmart's merchant API as we assume it (see integrations/postmart/README.md): the envelope {@code {code, message,
 * result, requestMethod}} is Postmart's own (its categories call); the product and order shapes are ours.
 */
public final class PostmartApi {

    private PostmartApi() {
    }

    /** One listing: our key as the merchant SKU, the version it must not go back from, and what shoppers see. */
    public record Product(@JsonProperty("merchant_sku") String merchantSku, long version, String name,
            String description, @JsonProperty("category_id") String categoryId, long price, int stock,
            @JsonProperty("weight_grams") int weightGrams, List<String> images, String status,
            @JsonProperty("ocop_stars") Integer ocopStars, String origin, List<Variant> variants) {
    }

    /** A pack size of a listing. */
    public record Variant(String sku, String name, long price, int stock,
            @JsonProperty("weight_grams") int weightGrams) {
    }

    public record UpsertRequest(List<Product> products) {
    }

    /** Postmart's envelope around a batch's per-item results. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record UpsertReply(int code, String message, List<ItemResult> result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemResult(@JsonProperty("merchant_sku") String merchantSku,
            @JsonProperty("product_id") String productId, String status, String message) {
    }

    /** An order Postmart pushes to us. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderPush(String event, Order order) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Order(@JsonProperty("order_code") String orderCode, Customer customer, Shipping shipping,
            @JsonProperty("payment_method") String paymentMethod, List<Item> items) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Customer(String name, String phone) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Shipping(String address, @JsonProperty("ward_code") String wardCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String sku, int quantity, long price) {
    }

    /** Our answer to one of its orders: confirmed with our order's code, or rejected with a reason. */
    public record Decision(@JsonProperty("merchant_order_code") String merchantOrderCode, String reason) {
    }

    /** A call to make: where, and what to send. */
    public record Call(String path, Object body) {
    }
}
