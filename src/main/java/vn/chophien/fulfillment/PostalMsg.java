package vn.chophien.fulfillment;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the post office's pages and documents, Vietnamese here, English in {@code messages/postalmsg_en.properties}.
 * Labels, rounds and statements are printed in Vietnamese, the postal network's language.
 */
@MessageBundle(value = "postalmsg", locale = "vi")
public interface PostalMsg {

    @Message("Chợ Phiên")
    String app_name();

    @Message("Người gửi")
    String label_sender();

    @Message("Người nhận")
    String label_receiver();

    @Message("Khối lượng")
    String label_weight();

    @Message("Thu hộ")
    String label_collect();

    @Message("Đã thanh toán")
    String label_paid();

    @Message("Quét mã QR để xem hành trình kiện hàng:")
    String label_track_hint();

    @Message("Lượt lấy hàng {day} · {office}")
    String round_title(String office, String day);

    @Message("{commune}, {province}: {count} kiện")
    String round_commune(String commune, String province, int count);

    @Message("Không có kiện nào ở đây.")
    String queue_empty();

    @Message("Bảng kê thu hộ {number}")
    String statement_title(String number);

    @Message("Từ {from} đến {to} (giờ Việt Nam)")
    String statement_period(String from, String to);

    @Message("Chốt bởi {name} lúc {at}")
    String statement_closed_by(String name, String at);

    @Message("Đã chuyển tiền ngày {at}, mã giao dịch {reference}")
    String statement_paid_on(String at, String reference);

    @Message("Người bán")
    String col_seller();

    @Message("Số kiện")
    String col_parcels();

    @Message("Tiền thu hộ")
    String col_collected();

    @Message("Phí ship giữ lại")
    String col_shipping();

    @Message("Phí dịch vụ")
    String col_fee();

    @Message("Chênh lệch cân")
    String col_adjustment();

    @Message("Thực trả")
    String col_net();

    @Message("Tổng cộng")
    String col_total();
}
