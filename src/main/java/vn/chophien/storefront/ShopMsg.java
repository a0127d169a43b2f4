package vn.chophien.storefront;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the buyer's pages, Vietnamese here and English in {@code messages/shop_en.properties}; {@code {shop:key}}. */
@MessageBundle(value = "shop", locale = "vi")
public interface ShopMsg {

    @Message("từ {price}")
    String from_price(String price);

    @Message("Hết hàng")
    String sold_out();

    @Message("Còn hàng")
    String in_stock();

    @Message("Đặt trước")
    String preorder();

    @Message("Bán trước mùa thu hoạch, giao từ {from} đến {to}:")
    String preorder_terms(String from, String to);

    @Message("Chỉ còn {count}")
    String only_left(int count);

    @Message("Đang vào mùa")
    String in_season();

    @Message("Sản phẩm OCOP nổi bật")
    String ocop_highlights();

    @Message("Mới lên chợ")
    String newest();

    @Message("Chưa có sản phẩm nào ở đây.")
    String no_products_yet();

    @Message("Danh mục")
    String categories();

    @Message("Theo tỉnh")
    String provinces();

    @Message("Tìm kiếm")
    String search_title();

    @Message("Kết quả cho “{q}”")
    String search_title_for(String q);

    @Message("Tìm sản phẩm")
    String search_label();

    @Message("Cam vàng Hà Giang, chè Shan tuyết…")
    String search_placeholder();

    @Message("Bộ lọc")
    String filters();

    @Message("Danh mục")
    String category();

    @Message("Tỉnh/thành phố")
    String province();

    @Message("Tất cả")
    String all();

    @Message("Từ {stars} sao")
    String stars_at_least(int stars);

    @Message("Giá từ")
    String price_from();

    @Message("đến")
    String price_to();

    @Message("Chỉ hàng còn")
    String in_stock_only();

    @Message("Sắp xếp")
    String sort();

    @Message("{#when sort}{#is 'relevance'}Phù hợp nhất{#is 'newest'}Mới nhất{#is 'price_asc'}Giá thấp đến cao{#is 'price_desc'}Giá cao đến thấp{/when}")
    String sort_name(String sort);

    @Message("Tìm")
    String search();

    /** {@code shown} is the count as the page writes numbers ({@code {n.grouped}}: "10.000"). */
    @Message("{#if count == 0}Không có sản phẩm{#else}{shown} sản phẩm{/if}")
    String results(long count, String shown);

    @Message("Không tìm thấy sản phẩm nào. Thử bỏ bớt từ hoặc bộ lọc.")
    String nothing_found();

    @Message("Các trang")
    String pages();

    @Message("Trang trước")
    String previous();

    @Message("Trang sau")
    String next();

    @Message("Trang {number}/{pages}")
    String page_of(int number, int pages);

    @Message("Sản phẩm OCOP {stars} sao")
    String ocop_stars(int stars);

    @Message("Giấy chứng nhận số {number}, {issuedBy} cấp, hiệu lực đến {expiresOn}")
    String ocop_certificate(String number, String issuedBy, String expiresOn);

    @Message("Người bán")
    String seller();

    @Message("Nơi sản xuất")
    String origin();

    @Message("Mùa vụ")
    String season();

    @Message("Truy xuất")
    String trace();

    @Message("Xem nguồn gốc lô mới nhất")
    String trace_latest();

    @Message("Sản phẩm khác của {name}")
    String more_from(String name);

    @Message("{name}, {commune}, {province}: đặc sản OCOP bán trên Chợ Phiên.")
    String seller_description(String name, String commune, String province);

    @Message("{title}: đặc sản OCOP từ hộ nông dân và hợp tác xã, trên Chợ Phiên.")
    String listing_description(String title);

    @Message("{#when kind}{#is 'HOUSEHOLD'}Hộ sản xuất{#is 'COOPERATIVE'}Hợp tác xã{#is 'ENTERPRISE'}Doanh nghiệp{/when}")
    String kind(String kind);
}
