package vn.chophien.integrations.vnpost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import vn.chophien.tracking.carrier.ShipmentRequest;

/**
 * Vietnam Post's MyVNPost partner API as we assume it from its public guides and open-source integrations (see
 * integrations/vnpost/README.md): an access token, CreateOrder keyed by our order code, and status pushes whose
 * {@code Data} is JSON in a string.
 */
public final class VnpostApi {

    private VnpostApi() {
    }

    public record Login(@JsonProperty("UserName") String userName, @JsonProperty("Password") String password) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Token(@JsonProperty("Token") String token) {
    }

    public record CreateOrder(@JsonProperty("OrderCode") String orderCode, @JsonProperty("ItemCode") String itemCode,
            @JsonProperty("SenderFullname") String senderFullname, @JsonProperty("SenderTel") String senderTel,
            @JsonProperty("SenderAddress") String senderAddress, @JsonProperty("SenderWardCode") String senderWardCode,
            @JsonProperty("SenderProvinceName") String senderProvinceName,
            @JsonProperty("ReceiverFullname") String receiverFullname, @JsonProperty("ReceiverTel") String receiverTel,
            @JsonProperty("ReceiverAddress") String receiverAddress,
            @JsonProperty("ReceiverWardCode") String receiverWardCode,
            @JsonProperty("ReceiverProvinceName") String receiverProvinceName,
            @JsonProperty("PackageContent") String packageContent,
            @JsonProperty("WeightEvaluation") long weightEvaluation,
            @JsonProperty("CodAmountEvaluation") long codAmountEvaluation,
            @JsonProperty("OrderAmountEvaluation") long orderAmountEvaluation,
            @JsonProperty("ServiceName") String serviceName,
            @JsonProperty("IsPackageViewable") boolean isPackageViewable) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CreateOrderReply(@JsonProperty("OrderId") String orderId, @JsonProperty("OrderCode") String orderCode,
            @JsonProperty("ItemCode") String itemCode) {
    }

    /** A status push: {@code Data} as a JSON string, when it was sent, and its signature. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Push(@JsonProperty("Data") String data, @JsonProperty("SendDate") String sendDate,
            @JsonProperty("SignData") String signData) {
    }

    /** The {@code Data} of a push: the v2 status code ({@code StatusId}) and, where it has one, the older one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(@JsonProperty("ItemCode") String itemCode, @JsonProperty("OrderCode") String orderCode,
            @JsonProperty("StatusId") Integer statusId, @JsonProperty("OrderStatusId") Integer orderStatusId,
            @JsonProperty("StatusName") String statusName, @JsonProperty("PosName") String posName,
            @JsonProperty("CodAmount") Long codAmount, @JsonProperty("LastUpdateTime") String lastUpdateTime,
            @JsonProperty("IsReturn") Boolean isReturn) {
    }

    /** A shipment call: the request it answers, and the body to send. */
    public record Call(ShipmentRequest request, Object body) {
    }
}
