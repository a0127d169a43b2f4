package vn.chophien.dashboard.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the province dashboard, Vietnamese here, English in {@code messages/dashmsg_en.properties}; used as
 * {@code {dashmsg:key}} in pages and by the charts and tables drawn on the server.
 */
@MessageBundle(value = "dashmsg", locale = "vi")
public interface DashboardMsg {

    @Message("Bảng số liệu")
    String nav_dashboard();

    @Message("Số liệu tỉnh {province}")
    String title(String province);

    @Message("Từ thứ Hai {from} đến Chủ nhật {to}. Đơn là các kiện hàng của người bán trong tỉnh, không tính đơn đã huỷ hay bị hoàn; doanh thu là tiền hàng, không gồm phí vận chuyển.")
    String intro(String from, String to);

    @Message("Chọn tỉnh")
    String pick_title();

    @Message("Từ ngày")
    String field_from();

    @Message("Đến ngày")
    String field_to();

    @Message("Xem")
    String show();

    @Message("Tải CSV")
    String csv();

    @Message("Tổng quan")
    String summary();

    @Message("Đơn hàng")
    String orders();

    @Message("Khối lượng")
    String weight();

    @Message("Doanh thu")
    String revenue();

    @Message("Đã giao")
    String delivered();

    @Message("Đã huỷ")
    String cancelled();

    @Message("Bị hoàn")
    String returned();

    @Message("Hộ sản xuất")
    String households();

    @Message("Hộ đã tham gia")
    String onboarded();

    @Message("Hộ đã tập huấn")
    String trained();

    @Message("Hộ đã tập huấn có bán hàng")
    String trained_selling();

    @Message("Hộ có đơn trong kỳ")
    String selling();

    @Message("Người bán (mọi loại)")
    String sellers();

    @Message("Sản phẩm")
    String products();

    @Message("Đang bán")
    String listed();

    @Message("Có chứng nhận OCOP")
    String certified();

    @Message("OCOP {stars} sao")
    String stars(int stars);

    @Message("Chứng nhận hết hạn trong 90 ngày")
    String expiring();

    @Message("Doanh thu theo tuần")
    String by_week();

    @Message("Theo kênh bán")
    String by_channel();

    @Message("Theo xã/phường")
    String by_commune();

    @Message("Sản phẩm bán chạy")
    String by_product();

    @Message("Bưu cục")
    String post_offices();

    @Message("Tuần từ")
    String col_week();

    @Message("Kênh")
    String col_channel();

    @Message("Mã xã")
    String col_commune_code();

    @Message("Xã/phường")
    String col_commune();

    @Message("Mã sản phẩm")
    String col_product_id();

    @Message("Sản phẩm")
    String col_product();

    @Message("Người bán")
    String col_seller();

    @Message("Số gói")
    String col_units();

    @Message("Khối lượng (kg)")
    String col_kg();

    @Message("Doanh thu (₫)")
    String col_revenue();

    @Message("Mã bưu cục")
    String col_office_code();

    @Message("Bưu cục")
    String col_office();

    @Message("Hãng vận chuyển")
    String col_carrier();

    @Message("Tiền thu hộ còn nợ người bán (₫)")
    String col_cod_owed();

    @Message("Số giấy chứng nhận")
    String col_certificate();

    @Message("Số sao")
    String col_stars();

    @Message("Hết hạn")
    String col_expires();

    @Message("Chưa có đơn nào trong kỳ này.")
    String none();

    @Message("{#when channel}{#is 'STOREFRONT'}Chợ Phiên{#is 'POSTMART'}Postmart{#is 'VOSO'}Voso{#is 'SENDO'}Sendo{#else}{channel}{/when}")
    String channel(String channel);

    @Message("Biểu đồ cột doanh thu theo tuần, {count} tuần, cao nhất {max}.")
    String week_chart_desc(int count, String max);

    @Message("Biểu đồ thanh: {title}.")
    String bar_chart_desc(String title);

    @Message("{value} trên mục tiêu {target}")
    String progress_of(String value, String target);
}
