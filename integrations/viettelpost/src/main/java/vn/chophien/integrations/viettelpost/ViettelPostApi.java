package vn.chophien.integrations.viettelpost;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.chophien.tracking.carrier.ShipmentRequest;

/**
 * Viettel Post's partner API v2 as its open-source integrations use it (see integrations/viettelpost/README.md): the
 * envelope {@code {status, error, message, data}}, createOrder's upper-case fields, and the {@code {DATA, TOKEN}}
 * status push.
 */
public final class ViettelPostApi {

    private ViettelPostApi() {
    }

    public record Login(@JsonProperty("USERNAME") String username, @JsonProperty("PASSWORD") String password) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Token(String token) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LoginReply(int status, boolean error, String message, Token data) {
    }

    public record Item(@JsonProperty("PRODUCT_NAME") String name, @JsonProperty("PRODUCT_QUANTITY") int quantity,
            @JsonProperty("PRODUCT_WEIGHT") long weight, @JsonProperty("PRODUCT_PRICE") long price) {
    }

    public record CreateOrder(@JsonProperty("ORDER_NUMBER") String orderNumber,
            @JsonProperty("SENDER_FULLNAME") String senderFullname,
            @JsonProperty("SENDER_ADDRESS") String senderAddress, @JsonProperty("SENDER_PHONE") String senderPhone,
            @JsonProperty("SENDER_WARD") String senderWard,
            @JsonProperty("SENDER_PROVINCE_NAME") String senderProvinceName,
            @JsonProperty("RECEIVER_FULLNAME") String receiverFullname,
            @JsonProperty("RECEIVER_ADDRESS") String receiverAddress,
            @JsonProperty("RECEIVER_PHONE") String receiverPhone, @JsonProperty("RECEIVER_WARD") String receiverWard,
            @JsonProperty("RECEIVER_PROVINCE_NAME") String receiverProvinceName,
            @JsonProperty("PRODUCT_NAME") String productName, @JsonProperty("PRODUCT_WEIGHT") long productWeight,
            @JsonProperty("PRODUCT_PRICE") long productPrice, @JsonProperty("PRODUCT_QUANTITY") int productQuantity,
            @JsonProperty("PRODUCT_TYPE") String productType, @JsonProperty("LIST_ITEM") List<Item> listItem,
            @JsonProperty("ORDER_PAYMENT") int orderPayment, @JsonProperty("ORDER_SERVICE") String orderService,
            @JsonProperty("ORDER_NOTE") String orderNote, @JsonProperty("MONEY_COLLECTION") long moneyCollection) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Created(@JsonProperty("ORDER_NUMBER") String orderNumber) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreateReply(int status, boolean error, String message, Created data) {
    }

    /** A status push: the event, and the token we share. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Push(@JsonProperty("DATA") Status data, @JsonProperty("TOKEN") String token) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(@JsonProperty("ORDER_NUMBER") String orderNumber,
            @JsonProperty("ORDER_REFERENCE") String orderReference,
            @JsonProperty("ORDER_STATUSDATE") String orderStatusDate, @JsonProperty("ORDER_STATUS") Integer orderStatus,
            @JsonProperty("STATUS_NAME") String statusName,
            @JsonProperty("LOCALION_CURRENTLY") String localionCurrently,
            @JsonProperty("LOCATION_CURRENTLY") String locationCurrently, @JsonProperty("NOTE") String note,
            @JsonProperty("MONEY_COLLECTION") Long moneyCollection,
            @JsonProperty("MONEY_COLLECTION_PAID_DATE") String moneyCollectionPaidDate) {
    }

    public record Call(ShipmentRequest request, Object body) {
    }
}
