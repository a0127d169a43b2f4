package vn.chophien.notification;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the notification pages, Vietnamese here and English in {@code messages/notemsg_en.properties}. */
@MessageBundle(value = "notemsg", locale = "vi")
public interface NotificationMsg {

    @Message("Thông báo")
    String title();

    @Message("{#if count == 0}Thông báo{#else}Thông báo, {count} chưa đọc{/if}")
    String bell_label(long count);

    @Message("Chưa có thông báo nào.")
    String none();

    @Message("Đánh dấu tất cả đã đọc")
    String mark_all_read();

    @Message("Chưa đọc")
    String unread();

    @Message("Các trang")
    String pages();

    @Message("Mới hơn")
    String newer();

    @Message("Cũ hơn")
    String older();

    @Message("Trang {number}/{pages}")
    String page_of(int number, int pages);
}
