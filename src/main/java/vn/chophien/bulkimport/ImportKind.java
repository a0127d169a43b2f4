package vn.chophien.bulkimport;

import java.util.List;

/** What a file brings: households (each a helper-managed shop) or products (each a draft with one pack size). */
public enum ImportKind {

    HOUSEHOLDS(List.of("phone", "name", "communeCode", "village"),
            List.of("0912345678", "Hộ bà Giàng Thị Mỷ", "01153", "Thôn Nà Khương")), PRODUCTS(
                    List.of("phone", "name", "category", "description", "label", "weightGrams", "priceVnd", "stock"),
                    List.of("0912345678", "Cam Vàng Bắc Quang", "FRUIT", "Cam chín cây, hái theo đơn.", "thùng 5 kg",
                            "5000", "180000", "20"));

    /** The header row, in the order of the template; the same names as the API's fields. */
    public final List<String> columns;
    /** A row the template shows as an example. */
    public final List<String> example;

    ImportKind(List<String> columns, List<String> example) {
        this.columns = columns;
        this.example = example;
    }
}
