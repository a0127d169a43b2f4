package vn.chophien.bulkimport;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the import pages, Vietnamese here, English in {@code messages/impmsg_en.properties}. */
@MessageBundle(value = "impmsg", locale = "vi")
public interface ImportMsg {

    @Message("Nhập từ tệp")
    String title();

    @Message("Tải tệp mẫu, điền mỗi hộ hoặc mỗi sản phẩm một dòng, rồi tải lên. Bạn sẽ xem trước từng dòng trước khi nhập. Tối đa 10.000 dòng, 5 MB.")
    String intro();

    @Message("Hộ gia đình")
    String kind_households();

    @Message("Sản phẩm")
    String kind_products();

    @Message("Mẫu {kind}:")
    String template(String kind);

    @Message("Loại")
    String field_kind();

    @Message("Tệp CSV hoặc Excel (.xlsx)")
    String field_file();

    @Message("Tải lên và xem trước")
    String upload();

    @Message("Những lần nhập gần đây")
    String recent();

    @Message("{#when status}{#is 'PREVIEW'}Đang xem trước{#is 'RUNNING'}Đang nhập{#is 'DONE'}Đã xong{#is 'FAILED'}Bị dừng{/when}")
    String status(String status);

    @Message("{rows} dòng: {valid} hợp lệ, {refused} bị từ chối")
    String counts(int rows, int valid, int refused);

    @Message("Đã xử lý {done}/{valid}: tạo mới {created}, bỏ qua vì đã có {skipped}, từ chối {refused}")
    String progress(int done, int valid, int created, int skipped, int refused);

    @Message("Dòng bị từ chối")
    String refused_title();

    @Message("Dòng")
    String col_row();

    @Message("Cột")
    String col_field();

    @Message("Lý do")
    String col_message();

    @Message("Chưa ghi gì cả. Các dòng hợp lệ sẽ được tạo khi bạn bấm Bắt đầu nhập; dòng đã có sẽ được bỏ qua.")
    String preview_note();

    @Message("Bắt đầu nhập")
    String start();

    @Message("Tải báo cáo (CSV)")
    String report();
}
