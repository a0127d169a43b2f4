package vn.chophien.tracking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the public tracking page and API, Vietnamese here, English in {@code messages/trackmsg_en.properties}. */
@MessageBundle(value = "trackmsg", locale = "vi")
public interface TrackMsg {

    @Message("Tra cứu hành trình {code}")
    String title(String code);

    @Message("Hành trình kiện hàng")
    String timeline();

    @Message("Giờ Việt Nam")
    String vietnam_time();

    @Message("{#when status}{#is 'PENDING'}Chờ bưu điện nhận{#is 'PICKED_UP'}Bưu điện đã nhận hàng{#is 'IN_TRANSIT'}Đang vận chuyển{#is 'OUT_FOR_DELIVERY'}Đang giao hàng{#is 'DELIVERY_FAILED'}Giao không thành công{#is 'RETURNING'}Đang hoàn về người gửi{#is 'RETURNED'}Đã hoàn về người gửi{#is 'DELIVERED'}Đã giao thành công{#is 'CANCELLED'}Đã hủy{/when}")
    String status(String status);

    @Message("Tra cứu mã khác")
    String another();

    @Message("Vận chuyển bởi {carrier}")
    String carried_by(String carrier);

    @Message("mã của hãng: {reference}")
    String carrier_ref(String reference);

    @Message("Mã vận đơn")
    String code_label();

    @Message("Tra cứu")
    String submit();
}
