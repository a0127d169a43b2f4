package vn.chophien.catalog;

/**
 * What a farm market sells, grouped under the six OCOP product groups (Decision 148/QĐ-TTg): food, beverages,
 * herbal products, textiles, and souvenirs and handicrafts (community tourism is a service, not shipped).
 */
public enum Category {
    FRUIT("FOOD", "Trái cây", "Fruit"), VEGETABLES("FOOD", "Rau, củ, nấm", "Vegetables and mushrooms"), RICE_GRAINS(
            "FOOD", "Gạo, ngũ cốc", "Rice and grains"), HONEY("FOOD", "Mật ong", "Honey"), MEAT_FISH("FOOD",
                    "Thịt, cá chế biến", "Cured meat and fish"), DRIED_GOODS("FOOD", "Đặc sản khô, chế biến",
                            "Dried and processed specialities"), SPICES("FOOD", "Gia vị", "Spices and condiments"), TEA(
                                    "BEVERAGES", "Chè, trà", "Tea"), COFFEE("BEVERAGES", "Cà phê, ca cao",
                                            "Coffee and cocoa"), WINE_SPIRITS("BEVERAGES", "Rượu, đồ uống",
                                                    "Wine, spirits and drinks"), HERBS("HERBAL", "Dược liệu, thảo dược",
                                                            "Medicinal herbs"), TEXTILES("TEXTILES", "Vải, thổ cẩm",
                                                                    "Textiles and brocade"), HANDICRAFTS("HANDICRAFTS",
                                                                            "Thủ công mỹ nghệ", "Handicrafts");

    private final String ocopGroup;
    private final String nameVi;
    private final String nameEn;

    Category(String ocopGroup, String nameVi, String nameEn) {
        this.ocopGroup = ocopGroup;
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String ocopGroup() {
        return ocopGroup;
    }

    public String nameIn(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
