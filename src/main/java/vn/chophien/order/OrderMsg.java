package vn.chophien.order;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the order pages, Vietnamese here, English in {@code messages/ordermsg_en.properties}. */
@MessageBundle(value = "ordermsg", locale = "vi")
public interface OrderMsg {

    @Message("Đơn hàng của tôi")
    String my_orders();

    @Message("Bạn chưa có đơn hàng nào.")
    String no_orders();

    @Message("{count} kiện")
    String parcels(int count);

    @Message("Đơn hàng {code}")
    String order(String code);

    @Message("Giao cho {name}, {phone}")
    String ship_to(String name, String phone);

    @Message("Quét mã để thanh toán")
    String pay_title();

    @Message("Mở ứng dụng ngân hàng, chọn quét mã QR: số tiền và nội dung đã điền sẵn. Nếu chuyển tay, hãy ghi đúng nội dung bên dưới.")
    String pay_intro();

    @Message("Ngân hàng")
    String bank();

    @Message("Số tài khoản")
    String account();

    @Message("Chủ tài khoản")
    String holder();

    @Message("Số tiền")
    String amount();

    @Message("Nội dung chuyển khoản")
    String content();

    @Message("Hãy chuyển trước {time}; sau đó đơn sẽ tự hủy.")
    String pay_before(String time);

    @Message("{#when method}{#is 'COD'}Trả tiền khi nhận hàng{#is 'VIETQR'}Chuyển khoản VietQR{/when}: {#when status}{#is 'COD_PENDING'}thu khi giao{#is 'COD_COLLECTED'}đã thu{#is 'AWAITING_PAYMENT'}chờ thanh toán{#is 'PAID'}đã thanh toán{#is 'REFUND_DUE'}chờ hoàn tiền{#is 'CANCELLED'}đã hủy{/when}")
    String payment(String method, String status);

    @Message("Thanh toán")
    String payment_label();

    @Message("Kiện {code} từ {seller}")
    String parcel(String code, String seller);

    @Message("{#when status}{#is 'PLACED'}Mới đặt{#is 'CONFIRMED'}Đã xác nhận{#is 'READY_FOR_PICKUP'}Chờ bưu điện lấy{#is 'PICKED_UP'}Bưu điện đã lấy{#is 'IN_TRANSIT'}Đang vận chuyển{#is 'DELIVERED'}Đã giao{#is 'CANCELLED'}Đã hủy{#is 'RETURNED'}Đã hoàn trả{/when}")
    String status(String status);

    @Message("{#when who}{#is 'BUYER'}người mua{#is 'SELLER'}người bán{#is 'SYSTEM'}hệ thống{#is 'POSTAL_STAFF'}bưu điện{#is 'CARRIER'}hãng vận chuyển{#else}{who}{/when}")
    String by(String who);

    @Message("Tiền hàng {goods}, phí ship {shipping}")
    String goods_shipping(String goods, String shipping);

    @Message("Tổng cộng")
    String total();

    @Message("Lý do hủy (không bắt buộc)")
    String cancel_reason();

    @Message("Hủy đơn")
    String cancel();

    @Message("Đơn hàng đến")
    String incoming();

    @Message("đặt trên {channel}")
    String from_channel(String channel);

    @Message("Tất cả")
    String all();

    @Message("Chưa có đơn nào ở đây.")
    String no_parcels();

    @Message("Thu hộ {amount}")
    String cod(String amount);

    @Message("Xác nhận đơn")
    String confirm();

    @Message("Đã đóng gói, chờ bưu điện lấy")
    String ready();

    @Message("Hủy kiện này")
    String cancel_parcel();

    @Message("Lý do hủy (người mua sẽ đọc)")
    String cancel_reason_seller();

    @Message("Người nhận")
    String recipient();

    @Message("Địa chỉ")
    String address();

    @Message("Khối lượng")
    String weight();

    @Message("Mã vận đơn")
    String tracking_code();

    @Message("Cân thực tế")
    String weighed();

    @Message("Chênh lệch phí ship")
    String weight_adjustment();

    @Message("Kiện nặng hơn (hoặc nhẹ hơn) khi cân: phần chênh lệch được trừ (hoặc cộng) vào tiền thu hộ trả cho bạn, người mua không phải trả thêm.")
    String weight_adjustment_hint();

    @Message("Tiền đã thu")
    String cod_collected();

    @Message("Lý do hoàn")
    String return_reason();

    @Message("Kiện đã về tay bạn và còn bán được: đưa số hàng trở lại kho.")
    String restock_hint();

    @Message("Nhập lại kho")
    String restock();

    @Message("Đã nhập lại kho lúc {time}.")
    String restocked(String time);

    @Message("Tiền thu hộ")
    String remittances();
}
