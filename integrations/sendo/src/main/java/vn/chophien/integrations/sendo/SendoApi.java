package vn.chophien.integrations.sendo;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Sendo's Open API as its seller help centre describes it (login with shop and secret keys, a token valid 8 hours,
 * products created with id 0 and updated by Sendo's id, the order search with its 3-day window, our answer with
 * order_status 3 or 13); the exact field lists and our {@code version} are our reading (integrations/sendo/README.md).
 */
public final class SendoApi {

    private SendoApi() {
    }

    public record Login(@JsonProperty("shop_key") String shopKey, @JsonProperty("secret_key") String secretKey) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LoginReply(boolean success, Token result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Token(String token, String expires) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Product(long id, String sku, long version, String name, long price, int weight,
            @JsonProperty("stock_quantity") int stockQuantity,
            @JsonProperty("stock_availability") boolean stockAvailability, String description,
            @JsonProperty("cat4_id") Long cat4Id, @JsonProperty("product_image") String productImage,
            List<String> pictures, List<Variant> variants) {
    }

    public record Variant(@JsonProperty("variant_sku") String variantSku,
            @JsonProperty("variant_name") String variantName, @JsonProperty("variant_price") long variantPrice,
            @JsonProperty("variant_quantity") int variantQuantity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductReply(boolean success, List<ProductResult> result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductResult(String sku, Long id, @JsonProperty("is_success") boolean isSuccess,
            @JsonProperty("error_message") String errorMessage) {
    }

    /** The order search: a window of at most three days on the order's status date, paged by a token. */
    public record OrderSearch(@JsonProperty("order_status_date_from") String from,
            @JsonProperty("order_status_date_to") String to, @JsonProperty("page_size") int pageSize, String token) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderSearchReply(boolean success, OrderPage result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderPage(List<OrderItem> data, @JsonProperty("next_token") String nextToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrderItem(@JsonProperty("sales_order") SalesOrder salesOrder,
            @JsonProperty("sku_details") List<SkuDetail> skuDetails) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SalesOrder(@JsonProperty("order_number") String orderNumber,
            @JsonProperty("order_status") int orderStatus, @JsonProperty("payment_status") int paymentStatus,
            @JsonProperty("receiver_name") String receiverName,
            @JsonProperty("shipping_contact_phone") String shippingContactPhone,
            @JsonProperty("receiver_address") String receiverAddress,
            @JsonProperty("receiver_ward_code") String receiverWardCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SkuDetail(String sku, int quantity, long price) {
    }

    /** Our answer to an order: 3 to confirm it, 13 to cancel it with the reason. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OrderStatusUpdate(@JsonProperty("order_number") String orderNumber,
            @JsonProperty("order_status") int orderStatus,
            @JsonProperty("cancel_order_reason") String cancelOrderReason) {
    }

    public record Call(String path, Object body) {
    }
}
