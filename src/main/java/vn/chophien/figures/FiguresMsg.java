package vn.chophien.figures;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the seller's figures page, Vietnamese here, English in {@code messages/figmsg_en.properties}. */
@MessageBundle(value = "figmsg", locale = "vi")
public interface FiguresMsg {

    @Message("Số liệu bán hàng")
    String title();

    @Message("Bán theo tuần và kênh (12 tuần, không tính đơn đã hủy hay hoàn)")
    String by_week();

    @Message("Tuần từ")
    String col_week();

    @Message("Cộng")
    String col_total();

    @Message("{#when channel}{#is 'STOREFRONT'}Chợ Phiên{#is 'POSTMART'}Postmart{#is 'VOSO'}Voso{#is 'SENDO'}Sendo{#else}{channel}{/when}")
    String channel(String channel);

    @Message("Bưu điện còn nợ bạn")
    String owed();

    @Message("trong đó {parcels} kiện đã giao chưa vào bảng kê ({amount})")
    String unsettled(int parcels, String amount);

    @Message("Xem bảng kê thu hộ")
    String remittances_link();

    @Message("Thứ hạng trong chiến dịch")
    String campaigns();

    @Message("Bạn chưa tham gia chiến dịch nào.")
    String no_campaigns();

    @Message("{kg} kg · hạng {rank}/{sellers}")
    String standing(String kg, int rank, int sellers);

    @Message("{parcels} kiện · {kg} kg")
    String cell(int parcels, String kg);
}
