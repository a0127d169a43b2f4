package vn.chophien.ocop;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the OCOP and traceability pages (certificates, the officer's desk, harvest batches), Vietnamese here and
 * English in {@code messages/ocopmsg_en.properties}; used as {@code {ocopmsg:key}}.
 */
@MessageBundle(value = "ocopmsg", locale = "vi")
public interface OcopMsg {

    @Message("Duyệt OCOP")
    String nav_desk();

    @Message("Chứng nhận OCOP")
    String certificates_title();

    @Message("Gửi giấy chứng nhận OCOP để sản phẩm hiện huy hiệu sao. Cán bộ OCOP của tỉnh sẽ đối chiếu với bản chụp.")
    String certificates_intro();

    @Message("Bạn chưa gửi giấy chứng nhận nào.")
    String certificates_none();

    @Message("OCOP {stars} sao")
    String stars(int stars);

    @Message("{#when status}{#is 'SUBMITTED'}Chờ duyệt{#is 'VERIFIED'}Đã xác nhận{#is 'REJECTED'}Bị từ chối{/when}")
    String status(String status);

    @Message("Sắp hết hạn: giấy này hết hiệu lực ngày {expiresOn}. Hãy xin cấp lại và gửi giấy mới.")
    String expiring_soon(String expiresOn);

    @Message("Hết hiệu lực: sản phẩm không còn hiện huy hiệu OCOP.")
    String not_in_force();

    @Message("Lý do từ chối: {reason}")
    String rejected_because(String reason);

    @Message("Số giấy chứng nhận / quyết định")
    String field_number();

    @Message("Cơ quan cấp")
    String field_issued_by();

    @Message("UBND tỉnh Tuyên Quang")
    String field_issued_by_hint();

    @Message("Hiệu lực")
    String field_valid();

    @Message("{from} – {to}")
    String valid_from_to(String from, String to);

    @Message("Sản phẩm được chứng nhận")
    String field_products();

    @Message("Bản chụp")
    String field_scan();

    @Message("Xem bản chụp")
    String scan_open();

    @Message("Chưa có bản chụp")
    String scan_none();

    @Message("Ảnh chụp hoặc tệp PDF của giấy chứng nhận")
    String field_scan_file();

    @Message("Gửi bản chụp")
    String scan_send();

    @Message("Gửi giấy chứng nhận mới")
    String submit_title();

    @Message("Hãy thêm sản phẩm trước, rồi gửi giấy chứng nhận cho sản phẩm đó.")
    String submit_no_products();

    @Message("Hạng sao")
    String field_stars();

    @Message("Ngày cấp")
    String field_issued_on();

    @Message("Ngày hết hạn")
    String field_expires_on();

    @Message("Giấy chứng nhận OCOP có hiệu lực tối đa 36 tháng kể từ ngày cấp.")
    String field_expires_on_hint();

    @Message("Gửi để duyệt")
    String submit_send();

    @Message("Giấy chứng nhận OCOP số {number} sẽ hết hạn ngày {expiresOn}.")
    String expiring_notice(String number, String expiresOn);

    @Message("Gửi giấy mới")
    String expiring_renew();

    @Message("Duyệt giấy chứng nhận OCOP")
    String desk_title();

    @Message("Giấy chứng nhận do người bán ở {province} gửi. Đối chiếu bản chụp với hồ sơ rồi xác nhận hoặc từ chối.")
    String desk_intro(String province);

    @Message("Chờ duyệt ({count})")
    String desk_waiting(int count);

    @Message("Không có giấy chứng nhận nào đang chờ duyệt.")
    String desk_none();

    @Message("Xác nhận")
    String verify();

    @Message("Lý do từ chối (người bán sẽ đọc)")
    String reject_reason();

    @Message("Từ chối")
    String reject();

    @Message("Đã duyệt")
    String desk_decided();

    @Message("Chưa duyệt giấy chứng nhận nào.")
    String desk_none_decided();

    @Message("Lô thu hoạch")
    String batches_title();

    @Message("Mỗi lô có mã truy xuất và mã QR để in lên nhãn; người mua quét mã để xem nguồn gốc.")
    String batches_intro();

    @Message("Chưa có lô nào.")
    String batches_none();

    @Message("Ghi lô mới")
    String batch_new();

    @Message("Ngày thu hoạch")
    String field_harvested_on();

    @Message("Sản lượng (kg)")
    String field_quantity_kg();

    @Message("Cách trồng, chăm sóc và sơ chế")
    String field_batch_notes();

    @Message("Bón phân hữu cơ, không phun thuốc trong 30 ngày trước thu hoạch…")
    String field_batch_notes_hint();

    @Message("Ghi lô")
    String batch_record();

    @Message("Thu hoạch {day} · {kg} kg")
    String batch_line(String day, String kg);

    @Message("Trang truy xuất")
    String batch_trace_page();

    @Message("Tải mã QR để in")
    String batch_qr_print();

    @Message("Sản phẩm đã đổi thông tin được chứng nhận ({count})")
    String changes_title(int count);

    @Message("Các sản phẩm này đã đổi tên, loại hoặc nơi sản xuất so với lúc được chứng nhận; huy hiệu OCOP tạm ẩn cho đến khi cán bộ xác nhận.")
    String changes_intro();

    @Message("Được chứng nhận là")
    String change_certified();

    @Message("Nay là")
    String change_now();

    @Message("Xác nhận vẫn là sản phẩm được chứng nhận")
    String change_confirm();
}
