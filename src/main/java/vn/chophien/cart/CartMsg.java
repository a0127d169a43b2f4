package vn.chophien.cart;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the cart and checkout pages, Vietnamese here, English in {@code messages/cartmsg_en.properties}. */
@MessageBundle(value = "cartmsg", locale = "vi")
public interface CartMsg {

    @Message("Giỏ hàng")
    String title();

    @Message("Giỏ hàng đang trống.")
    String empty();

    @Message("Tiếp tục mua sắm")
    String keep_shopping();

    @Message("Giao đến tỉnh/thành phố")
    String ship_to();

    @Message("Chọn tỉnh/thành phố…")
    String choose_province();

    @Message("Tính phí ship")
    String price_shipping();

    @Message("Kiện hàng từ {seller}")
    String parcel_from(String seller);

    @Message("Số lượng")
    String quantity();

    @Message("Cập nhật")
    String update();

    @Message("Bỏ khỏi giỏ")
    String remove();

    @Message("Chỉ còn {count} trong kho")
    String only_left(int count);

    @Message("Tiền hàng")
    String goods();

    @Message("nặng {kg}")
    String weight(String kg);

    @Message("Phí ship")
    String shipping();

    @Message("{count} sản phẩm không còn bán đã bị bỏ qua.")
    String unavailable(int count);

    @Message("Tiền hàng ({items} sản phẩm)")
    String goods_total(int items);

    @Message("Tổng cộng")
    String total();

    @Message("Phí ship được tính khi bạn chọn nơi nhận hàng.")
    String shipping_later();

    @Message("Đặt hàng")
    String checkout();

    @Message("Thanh toán")
    String checkout_title();

    @Message("Tỉnh/thành phố nhận hàng")
    String province();

    @Message("Tiếp")
    String next();

    @Message("Xã/phường")
    String commune();

    @Message("Số nhà, đường, thôn")
    String line1();

    @Message("Số 12 ngõ 34 phố Kim Mã")
    String line1_hint();

    @Message("Người nhận")
    String name();

    @Message("Số điện thoại người nhận")
    String phone();

    @Message("Cách thanh toán")
    String payment();

    @Message("Trả tiền mặt khi nhận hàng (COD)")
    String cod();

    @Message("Chuyển khoản bằng mã VietQR")
    String vietqr();

    @Message("Đặt hàng")
    String place_order();

    @Message("Thêm vào giỏ")
    String add_to_cart();
}
