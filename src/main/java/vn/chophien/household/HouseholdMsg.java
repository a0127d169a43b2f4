package vn.chophien.household;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the household and helper pages, Vietnamese here, English in {@code messages/homsg_en.properties}. */
@MessageBundle(value = "homsg", locale = "vi")
public interface HouseholdMsg {

    @Message("Người hỗ trợ")
    String helper_title();

    @Message("Cửa hàng của bạn không có người hỗ trợ.")
    String helper_none();

    @Message("{name} đang giúp bạn đăng sản phẩm và ảnh.")
    String helper_active(String name);

    @Message("{name} không còn thay bạn đăng sản phẩm.")
    String helper_inactive(String name);

    @Message("Tiếp tục nhờ hỗ trợ")
    String keep();

    @Message("Thôi nhờ hỗ trợ")
    String drop();

    @Message("Những việc người hỗ trợ đã làm")
    String acts_title();

    @Message("Chưa có việc nào.")
    String acts_empty();

    @Message("{#when action}{#is 'HOUSEHOLD_REGISTERED'}Đăng ký cửa hàng{#is 'CODE_SENT'}Gửi mã đăng nhập{#is 'PRODUCT_CREATED'}Tạo sản phẩm{#is 'PRODUCT_UPDATED'}Sửa sản phẩm{#is 'PRODUCT_PUBLISHED'}Mở bán{#is 'PRODUCT_PAUSED'}Tạm dừng bán{#is 'PHOTO_ADDED'}Thêm ảnh{#is 'PHOTO_REMOVED'}Xoá ảnh{#is 'PHOTOS_REORDERED'}Sắp xếp ảnh{#else}{action}{/when}")
    String action(String action);

    @Message("Đăng nhập bằng mã")
    String code_title();

    @Message("Nhập số điện thoại của cửa hàng, chúng tôi sẽ nhắn mã 6 chữ số.")
    String code_intro();

    @Message("Gửi mã")
    String code_send();

    @Message("Đã nhắn mã tới {phone}. Mã dùng được 10 phút.")
    String code_sent(String phone);

    @Message("Mã 6 chữ số")
    String code_field();

    @Message("Đặt mật khẩu (không bắt buộc)")
    String code_password();

    @Message("Đăng nhập")
    String code_submit();

    @Message("Đăng nhập bằng mã gửi qua tin nhắn")
    String code_link();

    @Message("Hộ được hỗ trợ")
    String households_title();

    @Message("Chưa có hộ nào.")
    String households_empty();

    @Message("Đăng ký hộ mới")
    String register_title();

    @Message("Tên hộ")
    String field_name();

    @Message("Số điện thoại")
    String field_phone();

    @Message("Mã xã/phường")
    String field_commune();

    @Message("Thôn, bản")
    String field_village();

    @Message("Đăng ký")
    String register_submit();

    @Message("Đã đăng ký hộ {name}.")
    String registered(String name);

    @Message("Đã nhắn mã đăng nhập cho hộ.")
    String code_sent_helper();

    @Message("Nhắn mã để hộ tự đăng nhập")
    String send_code();

    @Message("Hộ đã tự quản lý")
    String taken_over();

    @Message("Nhập từ tệp")
    String nav_imports();
}
