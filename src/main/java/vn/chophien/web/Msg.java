package vn.chophien.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the pages, Vietnamese here and English in {@code messages/msg_en.properties}; used as {@code {msg:key}}. */
@MessageBundle(value = "msg", locale = "vi")
public interface Msg {

    @Message("Chợ Phiên")
    String app_name();

    @Message("Đặc sản OCOP từ vùng cao, giao tận nhà")
    String tagline();

    @Message("Trang chủ")
    String nav_home();

    @Message("Đăng nhập")
    String nav_login();

    @Message("Đăng ký")
    String nav_register();

    @Message("Đăng xuất")
    String nav_logout();

    @Message("English")
    String lang_other();

    @Message("en")
    String lang_other_code();

    @Message("Xin chào, {name}")
    String signed_in_as(String name);

    @Message("Chợ phiên vùng cao, trên điện thoại của bạn")
    String home_title();

    @Message("Cam Vàng Hà Giang, chè Shan tuyết, mật ong bạc hà, gạo nếp nương: sản phẩm OCOP mua thẳng từ hộ nông dân và hợp tác xã, bưu điện đến lấy hàng và giao tận tay.")
    String home_intro();

    @Message("Tôi muốn mua")
    String home_cta_buy();

    @Message("Tôi muốn bán")
    String home_cta_sell();

    @Message("Sản phẩm OCOP được chứng nhận")
    String home_point_ocop();

    @Message("Thanh toán khi nhận hàng hoặc chuyển khoản VietQR")
    String home_point_pay();

    @Message("Bưu điện lấy hàng tận xã, giao khắp Việt Nam")
    String home_point_post();

    @Message("Đăng nhập")
    String login_title();

    @Message("Số điện thoại")
    String field_phone();

    @Message("Mật khẩu")
    String field_password();

    @Message("Họ và tên")
    String field_name();

    @Message("Bạn là")
    String field_role();

    @Message("Người mua")
    String role_buyer();

    @Message("Người bán (hộ nông dân, hợp tác xã)")
    String role_seller();

    @Message("Đăng nhập")
    String login_submit();

    @Message("Chưa có tài khoản? Đăng ký")
    String login_no_account();

    @Message("Tạo tài khoản")
    String register_title();

    @Message("Ít nhất 8 ký tự")
    String register_password_hint();

    @Message("Đăng ký")
    String register_submit();

    @Message("Đã có tài khoản? Đăng nhập")
    String register_have_account();

    @Message("Đăng ký thành công. Mời bạn đăng nhập.")
    String register_done();

    @Message("Có lỗi xảy ra")
    String error_title();

    @Message("Về trang chủ")
    String error_back();

    @Message("Chợ Phiên: chợ nông sản OCOP vùng cao")
    String footer();

    @Message("Truy xuất nguồn gốc")
    String trace_title();

    @Message("Nguồn gốc lô {name} từ {province}: nơi trồng, ngày thu hoạch, chứng nhận OCOP.")
    String trace_description(String name, String province);

    @Message("Sản phẩm OCOP {stars} sao")
    String trace_ocop_stars(int stars);

    @Message("Giấy chứng nhận số {number}, do {issuedBy} cấp, còn hiệu lực đến {expiresOn}")
    String trace_ocop_number(String number, String issuedBy, String expiresOn);

    @Message("Chưa có chứng nhận OCOP còn hiệu lực")
    String trace_ocop_none();

    @Message("Người sản xuất")
    String trace_seller();

    @Message("Vùng trồng")
    String trace_origin();

    @Message("Ngày thu hoạch")
    String trace_harvested();

    @Message("Sản lượng lô")
    String trace_quantity();

    @Message("Mã lô")
    String trace_code();

    @Message("Cách trồng và chế biến")
    String trace_notes();

    @Message("Mở cửa hàng")
    String seller_new_title();

    @Message("Chọn tỉnh, rồi xã nơi bạn sản xuất. Bạn có thể sửa sau.")
    String seller_new_intro();

    @Message("Tỉnh/thành phố")
    String field_province();

    @Message("Chọn…")
    String choose();

    @Message("Tiếp")
    String next();

    @Message("Xã/phường")
    String field_commune();

    @Message("Thôn, bản, số nhà")
    String field_address();

    @Message("Thôn Tân Thành")
    String field_address_hint();

    @Message("Tên cửa hàng, hộ hoặc hợp tác xã")
    String field_shop_name();

    @Message("Bạn bán với tư cách")
    String field_kind();

    @Message("Hộ gia đình")
    String kind_household();

    @Message("Hợp tác xã")
    String kind_cooperative();

    @Message("Doanh nghiệp")
    String kind_enterprise();

    @Message("Số điện thoại của cửa hàng (không bắt buộc)")
    String field_shop_phone();

    @Message("Mở cửa hàng")
    String seller_new_submit();

    @Message("Cửa hàng của tôi")
    String my_shop();

    @Message("Thêm sản phẩm")
    String product_new_title();

    @Message("Lưu bản nháp")
    String product_new_submit();

    @Message("Chưa có sản phẩm nào. Thêm sản phẩm đầu tiên của bạn.")
    String seller_no_products();

    @Message("Giá (đồng)")
    String field_price();

    @Message("Còn (số lượng)")
    String field_stock();

    @Message("Lưu")
    String save();

    @Message("Tạm dừng bán")
    String pause();

    @Message("Đăng bán")
    String publish();

    @Message("Tên sản phẩm")
    String field_product_name();

    @Message("Danh mục")
    String field_category();

    @Message("Mô tả")
    String field_description();

    @Message("Quy cách đầu tiên")
    String field_variant();

    @Message("Tên quy cách")
    String field_label();

    @Message("Khối lượng khi gửi (gam)")
    String field_weight();

    @Message("Cửa hàng")
    String back_to_shop();

    @Message("Ảnh sản phẩm")
    String photos_title();

    @Message("Chưa có ảnh. Ảnh đầu tiên sẽ là ảnh bìa.")
    String photos_none();

    @Message("Ảnh bìa")
    String photo_cover();

    @Message("Chụp hoặc chọn ảnh")
    String photo_add();

    @Message("Tải ảnh lên")
    String photo_upload();

    @Message("{#when status}{#is 'DRAFT'}Bản nháp{#is 'PUBLISHED'}Đang bán{#is 'PAUSED'}Tạm dừng{#is 'REJECTED'}Bị từ chối{/when}")
    String status(String status);

    @Message("Không có mạng: sản phẩm đã được lưu trên điện thoại và sẽ tự gửi khi có mạng trở lại.")
    String draft_saved();

    @Message("Tìm sản phẩm")
    String search_label();

    @Message("Cam vàng, chè shan, mật ong…")
    String search_placeholder();

    @Message("Tìm")
    String search_submit();
}
