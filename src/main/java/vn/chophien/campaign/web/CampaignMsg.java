package vn.chophien.campaign.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the campaign pages, Vietnamese here, English in {@code messages/campmsg_en.properties}. */
@MessageBundle(value = "campmsg", locale = "vi")
public interface CampaignMsg {

    @Message("Chiến dịch mùa vụ")
    String nav();

    @Message("{name} · {province}")
    String title(String name, String province);

    @Message("Đã bán {sold} / {target} tấn")
    String progress(String sold, String target);

    @Message("{percent}% mục tiêu · {households} hộ tham gia · {communes} xã")
    String progress_detail(int percent, int households, int communes);

    @Message("Từ {from} đến {to}")
    String dates(String from, String to);

    @Message("Đơn từ mọi kênh: Chợ Phiên, Postmart, Voso, Sendo.")
    String all_channels();

    @Message("Sản phẩm tham gia")
    String products();

    @Message("Chưa có sản phẩm nào tham gia.")
    String no_products();

    @Message("Nhận đặt trước đến {kg} kg, giao từ {from} đến {to}")
    String preorder_open(long kg, String from, String to);

    @Message("Đặt trước")
    String preorder_button();

    @Message("Đã thu hoạch {kg} kg")
    String harvested(String kg);

    @Message("đã bán {kg} kg")
    String sold(String kg);

    @Message("Đã kết thúc")
    String closed();

    @Message("{name}: đã bán {sold} trên {target} tấn, {households} hộ ở {communes} xã. Mua đặc sản tận vườn.")
    String description(String name, String sold, String target, int households, int communes);

    @Message("Chiến dịch mùa vụ")
    String desk_title();

    @Message("Mở chiến dịch")
    String create_title();

    @Message("Tên chiến dịch")
    String field_name();

    @Message("Tỉnh")
    String field_province();

    @Message("Ngày bắt đầu")
    String field_opens();

    @Message("Ngày kết thúc")
    String field_closes();

    @Message("Mục tiêu (kg)")
    String field_target();

    @Message("Nhận đặt trước")
    String field_preorders();

    @Message("Mở chiến dịch")
    String create_submit();

    @Message("Chưa có chiến dịch nào.")
    String none();

    @Message("Trang công khai")
    String public_page();

    @Message("Chiến dịch của tỉnh")
    String seller_title();

    @Message("Đưa sản phẩm vào chiến dịch")
    String opt_in();

    @Message("Sản phẩm")
    String field_product();

    @Message("Sản lượng dự kiến (kg, để nhận đặt trước)")
    String field_expected();

    @Message("Giao từ ngày")
    String field_ships_from();

    @Message("Giao đến ngày")
    String field_ships_by();

    @Message("Tham gia")
    String opt_in_submit();

    @Message("Sản phẩm của bạn trong chiến dịch")
    String mine();

    @Message("Ghi thu hoạch")
    String harvest_title();

    @Message("Ngày thu hoạch")
    String field_harvested_on();

    @Message("Sản lượng thu hoạch (kg)")
    String field_harvested_kg();

    @Message("Ghi chú canh tác")
    String field_notes();

    @Message("Ghi thu hoạch và giao đơn đặt trước")
    String harvest_submit();

    @Message("Đã ghi thu hoạch {kg} kg: {filled} đơn đặt trước sẵn sàng giao ({filledKg} kg), {cancelled} đơn bị hủy, còn {leftKg} kg.")
    String harvest_done(String kg, int filled, String filledKg, int cancelled, String leftKg);

    @Message("Không có chiến dịch nào đang mở ở tỉnh của bạn.")
    String none_open();

    @Message("Chiến dịch mùa vụ")
    String dashboard_title();

    @Message("Chiến dịch")
    String dashboard_campaign();

    @Message("Mở")
    String dashboard_opens();

    @Message("Đóng")
    String dashboard_closes();

    @Message("Đã bán (kg)")
    String dashboard_sold_kg();

    @Message("Mục tiêu (kg)")
    String dashboard_target_kg();

    @Message("Hộ tham gia")
    String dashboard_households();

    @Message("Xã")
    String dashboard_communes();

    @Message("Trạng thái")
    String dashboard_status();
}
