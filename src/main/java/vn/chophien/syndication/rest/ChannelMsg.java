package vn.chophien.syndication.rest;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the channel pages, Vietnamese here and English in {@code messages/chanmsg_en.properties}. */
@MessageBundle(value = "chanmsg", locale = "vi")
public interface ChannelMsg {

    @Message("Bán trên các sàn khác")
    String title();

    @Message("Chọn sàn bạn muốn đăng sản phẩm này. Giá, tồn kho và ảnh được gửi tự động mỗi khi bạn thay đổi; đơn từ các sàn về chung một danh sách đơn hàng.")
    String intro();

    @Message("đã đăng")
    String state_synced();

    @Message("đang gửi")
    String state_pending();

    @Message("lỗi: {reason}")
    String state_failed(String reason);

    @Message("chưa đăng")
    String state_delisted();

    @Message("Lưu lựa chọn")
    String save();

    @Message("Các sàn liên kết")
    String admin_title();

    @Message("Các sàn")
    String nav_channels();

    @Message("Sàn")
    String col_channel();

    @Message("Đang chờ gửi")
    String col_pending();

    @Message("Chờ lâu nhất")
    String col_oldest();

    @Message("Đã gửi")
    String col_sent();

    @Message("Thất bại")
    String col_failed();

    @Message("Gửi lại")
    String col_retried();

    @Message("Bị giới hạn (429)")
    String col_throttled();

    @Message("Sản phẩm đang đăng")
    String col_synced();

    @Message("Bị từ chối")
    String col_refused();

    @Message("{seconds} giây")
    String seconds(long seconds);

    @Message("Các số gửi, thất bại, gửi lại và bị giới hạn tính từ khi máy chủ này khởi động; hàng chờ đọc từ cơ sở dữ liệu chung.")
    String admin_hint();

    @Message("Sự kiện gửi không thành công")
    String failures_title();

    @Message("Không có sự kiện nào thất bại.")
    String failures_none();

    @Message("Chủ đề")
    String col_topic();

    @Message("Khóa")
    String col_key();

    @Message("Số lần")
    String col_attempts();

    @Message("Lỗi cuối")
    String col_error();

    @Message("Gửi lại")
    String retry();

    @Message("Lần lấy đơn gần nhất lỗi: {error}")
    String poll_error(String error);
}
