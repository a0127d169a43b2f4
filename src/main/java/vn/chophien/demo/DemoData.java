package vn.chophien.demo;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import vn.chophien.account.Account;
import vn.chophien.account.AccountRequests;
import vn.chophien.account.AccountService;
import vn.chophien.account.Role;
import vn.chophien.catalog.CatalogRequests;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Category;
import vn.chophien.catalog.Product;
import vn.chophien.catalog.ProductPhotos;
import vn.chophien.catalog.SellerKind;
import vn.chophien.ocop.CertificationService;
import vn.chophien.ocop.OcopCertificate;
import vn.chophien.ocop.OcopRequests;
import vn.chophien.ocop.Traceability;

/**
 * With {@code chophien.demo-data=true}, fills an empty database with a small, realistic market: households and
 * cooperatives of Tuyên Quang (former Hà Giang), Gia Lai and Huế, a dozen products with pictures, one verified OCOP
 * certificate and one harvest batch. Everything goes through the services, as users would. Never on production: the
 * demo accounts' passwords are in the README.
 */
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String PASSWORD = "chophien-demo";

    @Inject
    EntityManager em;
    @Inject
    AccountService accounts;
    @Inject
    CatalogService catalog;
    @Inject
    ProductPhotos photos;
    @Inject
    CertificationService certification;
    @Inject
    Traceability traceability;
    @Inject
    DemoPostal postal;
    @Inject
    DemoCampaign campaign;

    private record Item(String name, Category category, String description, String label, int grams, long price,
            int stock, Color colour) {
    }

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "chophien.demo-data") boolean enabled) {
        if (!enabled) {
            return;
        }
        long sellers = QuarkusTransaction.requiringNew()
                .call(() -> em.createQuery("select count(s) from Seller s", Long.class).getSingleResult());
        if (sellers > 0) {
            return;
        }
        LOG.info("Loading the demo market (chophien.demo-data=true)");
        Color orange = new Color(0xF0, 0x9A, 0x1A);
        Color green = new Color(0x3E, 0x7D, 0x3A);
        Color honey = new Color(0xD9, 0x9A, 0x1E);
        Color rice = new Color(0xEE, 0xE6, 0xC8);
        long camVang = seller("0901000001", "Hoàng Văn Sử", SellerKind.COOPERATIVE, "HTX Cam Vàng Bắc Quang", "01153",
                "Thôn Tân Thành",
                List.of(new Item("Cam Vàng Bắc Quang", Category.FRUIT,
                        "Cam sành vàng Hà Giang, vỏ mỏng, ngọt thanh, " + "hái khi chín cây.", "thùng 10 kg", 10_500,
                        400_000, 120, orange),
                        new Item("Cam Vàng Bắc Quang túi 3 kg", Category.FRUIT, "Túi 3 kg cho gia đình nhỏ.",
                                "túi 3 kg", 3_200, 135_000, 200, orange),
                        new Item("Mứt cam vỏ Bắc Quang", Category.DRIED_GOODS, "Mứt vỏ cam sấy dẻo, không phẩm màu.",
                                "hộp 300 g", 400, 85_000, 60, orange.darker())));
        long honeyGrower = seller("0901000002", "Vàng Thị Dở", SellerKind.HOUSEHOLD, "Hộ bà Vàng Thị Dở", "01153",
                "Bản Khuổi My",
                List.of(new Item("Mật ong bạc hà Đồng Văn", Category.HONEY,
                        "Mật ong hoa bạc hà cao nguyên đá, vụ " + "tháng 11.", "chai 500 ml", 750, 250_000, 40, honey),
                        new Item("Gạo nếp nương", Category.RICE_GRAINS, "Nếp nương hạt tròn, thơm, trồng trên nương.",
                                "túi 2 kg", 2_050, 90_000, 80, rice)));
        long tea = seller("0901000003", "Lò Văn Páo", SellerKind.COOPERATIVE, "HTX Chè Shan tuyết Lũng Phìn", "01153",
                "Thôn Lũng Phìn",
                List.of(new Item("Chè Shan tuyết cổ thụ", Category.TEA, "Búp chè Shan tuyết từ cây trăm tuổi, sao tay.",
                        "hộp 200 g", 260, 180_000, 50, green),
                        new Item("Hồng trà Shan tuyết", Category.TEA, "Hồng trà lên men tự nhiên, vị mật ong.",
                                "hộp 100 g", 150, 150_000, 30, green.darker())));
        String giaLai = catalog.anyCommuneOf("52");
        seller("0901000004", "Ksor H'Bia", SellerKind.COOPERATIVE, "HTX Cà phê Chư Sê", giaLai, "Làng Ia Glai", List.of(
                new Item("Cà phê Robusta rang mộc", Category.COFFEE, "Robusta Chư Sê rang mộc, xay theo yêu " + "cầu.",
                        "túi 500 g", 550, 120_000, 100, new Color(0x5A, 0x38, 0x1E)),
                new Item("Hồ tiêu đen Chư Sê", Category.SPICES, "Tiêu đen hạt chắc, phơi nắng Tây Nguyên.", "túi 250 g",
                        280, 65_000, 90, new Color(0x2B, 0x25, 0x20))));
        String hue = catalog.anyCommuneOf("46");
        seller("0901000005", "Nguyễn Thị Huyền", SellerKind.HOUSEHOLD, "Hộ bà Huyền, làng nón Tây Hồ", hue,
                "Làng Tây Hồ",
                List.of(new Item("Nón lá bài thơ", Category.HANDICRAFTS, "Nón lá Huế chằm tay, lồng bài " + "thơ.",
                        "chiếc", 300, 180_000, 25, new Color(0xE8, 0xD9, 0xA8)),
                        new Item("Mè xửng Huế", Category.DRIED_GOODS, "Kẹo mè xửng dẻo, đặc sản cố đô.", "hộp 250 g",
                                300, 45_000, 150, new Color(0xC9, 0x8B, 0x3C)),
                        new Item("Tinh dầu tràm Huế", Category.HERBS, "Tinh dầu tràm nguyên chất, chưng cất thủ công.",
                                "chai 100 ml", 200, 95_000, 70, new Color(0x8F, 0xB9, 0x6A))));
        long officer = certifyAndTrace(camVang, tea);
        long buyer = postal.load("01153", giaLai, hue, camVang, honeyGrower);
        campaign.load(officer, camVang, buyer);
        LOG.info("Demo market loaded: sign in as 0901000001 (seller) with password " + PASSWORD);
    }

    private long seller(String phone, String person, SellerKind kind, String shop, String commune, String address,
            List<Item> items) {
        Account account = accounts.register(new AccountRequests.Register(phone, PASSWORD, person, Role.SELLER));
        catalog.createSeller(account.id, new CatalogRequests.CreateSeller(kind, shop, commune, address, phone, null));
        long seed = phone.hashCode();
        for (Item item : items) {
            Product product = catalog.createProduct(account.id,
                    new CatalogRequests.SaveProduct(item.name(), item.category(), item.description(), null, null, null,
                            List.of(new CatalogRequests.SaveVariant(null, item.label(), item.grams(), item.price(),
                                    item.stock(), null)),
                            null));
            photos.add(account.id, product.id, DemoPictures.of(item.colour(), new Color(0x3E, 0x7D, 0x3A), seed++));
            catalog.publish(account.id, product.id);
        }
        return account.id;
    }

    /**
     * The orange cooperative's first product gets a verified 4-star certificate and a harvest batch; returns the
     * province's OCOP officer.
     */
    private long certifyAndTrace(long orangeGrower, long teaGrower) {
        long product = catalog.ownProducts(orangeGrower).stream().filter(p -> p.name.equals("Cam Vàng Bắc Quang"))
                .findFirst().orElseThrow().id;
        Account officer = accounts.createByAdmin(new AccountRequests.CreateAccount("0901000009", PASSWORD,
                "Cán bộ OCOP Tuyên Quang", Role.OCOP_OFFICER, null, "08"));
        LocalDate issued = LocalDate.now().minusMonths(8);
        OcopCertificate certificate = certification.submit(orangeGrower, new OcopRequests.Submit(List.of(product), 4,
                "1452/QĐ-UBND", "UBND tỉnh Hà Giang", issued, issued.plusMonths(OcopCertificate.VALID_MONTHS)));
        certification.verify(officer.id, certificate.id);
        traceability.record(orangeGrower, product,
                new OcopRequests.RecordBatch(LocalDate.now().minusDays(5), new BigDecimal("1250.0"),
                        "Bón phân chuồng hoai mục, không dùng thuốc diệt cỏ. Hái bằng tay khi quả "
                                + "chín vàng trên cây, bảo quản mát trong 48 giờ."));
        LOG.debugf("Tea grower %d left without certificate, to show the difference", teaGrower);
        return officer.id;
    }
}
