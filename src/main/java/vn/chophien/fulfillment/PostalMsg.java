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

    @Message("Đến {to} (giờ Việt Nam)")
    String statement_period_first(String to);

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

    @Message("Kiện hàng")
    String nav_parcels();

    @Message("Thu hộ")
    String nav_statements();

    @Message("Bưu cục")
    String nav_offices();

    @Message("Kiện hàng của bưu cục")
    String queue_title();

    @Message("Mã vận đơn hoặc mã kiện")
    String scan_label();

    @Message("Mở kiện")
    String scan_open();

    @Message("Quét bằng camera")
    String scan_camera();

    @Message("Đang mở camera…")
    String scan_wait();

    @Message("Hướng camera vào mã vạch hoặc mã QR trên nhãn.")
    String scan_aim();

    @Message("Không dùng được camera; hãy gõ mã.")
    String scan_failed();

    @Message("Không có kiện {code} trong các xã của bưu cục.")
    String scan_not_found(String code);

    @Message("In lượt lấy hàng hôm nay (PDF)")
    String round_print();

    @Message("{count} kiện")
    String parcels_count(int count);

    @Message("Thu hộ {amount}")
    String collect(String amount);

    @Message("đã thu {amount}")
    String collected(String amount);

    @Message("Tiền thu lệch")
    String mismatch();

    @Message("Tiền thu lệch: phải thu {due}, đã thu {collected}. Bưu cục và quản trị đã được báo.")
    String mismatch_detail(String due, String collected);

    @Message("Hoàn về người bán: {reason}")
    String returned_because(String reason);

    @Message("Khối lượng cân được (gam)")
    String weight_field();

    @Message("Khai báo {weight}")
    String declared(String weight);

    @Message("Đã lấy hàng")
    String pickup();

    @Message("In nhãn (PDF)")
    String label_print();

    @Message("Đã chuyển đi")
    String hand_over();

    @Message("Số tiền đã thu (đồng); phải thu {due}")
    String cash_field(String due);

    @Message("Đơn đã thanh toán trước: không thu tiền.")
    String prepaid();

    @Message("Đã giao")
    String deliver();

    @Message("Hoàn về người bán")
    String return_action();

    @Message("Lý do hoàn (người mua và người bán sẽ đọc)")
    String return_reason();

    @Message("chênh lệch phí ship")
    String adjustment();

    @Message("Thu hộ và bảng kê")
    String statements_title();

    @Message("Tiền thu hộ hãng vận chuyển đã thu")
    String carrier_cash_title();

    @Message("Hãng đã chuyển trả {amount}")
    String carrier_paid_over(String amount);

    @Message("hãng còn giữ {amount}")
    String carrier_still_holds(String amount);

    @Message("Bưu gửi không có tin")
    String stale_title();

    @Message("{carrier} chưa báo tin gì về các bưu gửi này quá lâu: hãy hỏi hãng.")
    String stale_hint(String carrier);

    @Message("tin cuối {at}")
    String stale_last(String at);

    @Message("Hãng vận chuyển: {carrier}")
    String shipment_carrier(String carrier);

    @Message("mã của hãng {reference}")
    String shipment_ref(String reference);

    @Message("Hãng chưa nhận bưu gửi: {error}")
    String shipment_refused(String error);

    @Message("đang gửi cho hãng")
    String shipment_requested();

    @Message("Chưa lên bảng kê")
    String unsettled_title();

    @Message("Mọi khoản thu hộ đã lên bảng kê.")
    String unsettled_none();

    @Message("Chốt bảng kê gồm mọi kiện đã giao chưa lên bảng kê. Bảng kê đã chốt không thay đổi; kiện giao sau sẽ vào bảng kê sau.")
    String close_hint();

    @Message("Chốt bảng kê")
    String close();

    @Message("Giao hôm nay")
    String today_title();

    @Message("Các bảng kê")
    String statements_list();

    @Message("Chưa có bảng kê nào.")
    String statements_none();

    @Message("đã chuyển tiền")
    String paid();

    @Message("chưa chuyển tiền")
    String unpaid();

    @Message("Mã giao dịch chuyển khoản cho người bán")
    String transfer_field();

    @Message("Đã chuyển tiền")
    String mark_paid();

    @Message("Bưu điện còn nợ bạn")
    String owed();

    @Message("Trong đó {count} kiện đã giao chưa lên bảng kê: {net}.")
    String owed_unsettled(int count, String net);

    @Message("Bưu cục")
    String offices_title();

    @Message("Mở bưu cục")
    String office_new();

    @Message("Mã bưu cục")
    String office_code();

    @Message("Tên")
    String office_name();

    @Message("Địa chỉ")
    String office_address();

    @Message("Mạng bưu chính")
    String office_carrier();

    @Message("Mã các xã phục vụ (5 chữ số, cách nhau bởi dấu phẩy)")
    String office_communes();

    @Message("Mở bưu cục")
    String office_create();

    @Message("{grams} g")
    String grams(int grams);

    @Message("Các bưu cục không có tin của hãng vận chuyển về những bưu gửi này quá lâu.")
    String stale_admin_hint();
}
