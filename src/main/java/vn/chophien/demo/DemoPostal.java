package vn.chophien.demo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.account.Account;
import vn.chophien.account.AccountRequests;
import vn.chophien.account.AccountService;
import vn.chophien.account.Role;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Product;
import vn.chophien.fulfillment.office.Carrier;
import vn.chophien.fulfillment.office.PostOfficeRequests;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.parcel.ParcelService;
import vn.chophien.order.Order;
import vn.chophien.order.OrderRequests;
import vn.chophien.order.OrderService;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.SellerOrder;

/**
 * The demo market's post offices: one for each demo commune, a member of staff at Bắc Quang, and a buyer's order from
 * two Bắc Quang households: the oranges packed and ready, so the workbench has a round to try, and the honey already
 * picked up, so its carrier moves it on by itself and its tracking page fills as one watches.
 */
@ApplicationScoped
class DemoPostal {

    private final AccountService accounts;
    private final CatalogService catalog;
    private final PostOfficeService offices;
    private final OrderService orders;
    private final ParcelService parcels;

    DemoPostal(AccountService accounts, CatalogService catalog, PostOfficeService offices, OrderService orders,
            ParcelService parcels) {
        this.parcels = parcels;
        this.accounts = accounts;
        this.catalog = catalog;
        this.offices = offices;
        this.orders = orders;
    }

    /** Returns the demo buyer's account. */
    long load(String bacQuang, String giaLai, String hue, long orangeGrower, long honeyGrower) {
        long office = offices.create(new PostOfficeRequests.Create("BQ-TQ-01", "Bưu cục Bắc Quang",
                "Tổ 5, xã Bắc Quang, Tuyên Quang", null, List.of(bacQuang))).id();
        offices.create(new PostOfficeRequests.Create("CS-GL-01", "Bưu cục Chư Sê", "Đường Hùng Vương, Gia Lai", null,
                List.of(giaLai)));
        offices.create(new PostOfficeRequests.Create("TH-HUE-01", "Bưu cục Tây Hồ", "Làng Tây Hồ, Thành phố Huế",
                Carrier.VIETTELPOST, List.of(hue)));
        Account staff = accounts.createByAdmin(new AccountRequests.CreateAccount("0901000010", DemoData.PASSWORD,
                "Nguyễn Văn Bưu (bưu cục Bắc Quang)", Role.POSTAL_STAFF, office, null));
        Account buyer = accounts
                .register(new AccountRequests.Register("0901000020", DemoData.PASSWORD, "Trần Thị Mai", Role.BUYER));
        Order order = orders.placeOrder(buyer.id,
                new OrderRequests.PlaceOrder(
                        List.of(new OrderRequests.Line(firstVariant(orangeGrower), 1),
                                new OrderRequests.Line(firstVariant(honeyGrower), 2)),
                        new OrderRequests.ShipTo("Trần Thị Mai", "0912345678", "Số 12 ngõ 34 phố Kim Mã", "00004"),
                        PaymentMethod.COD));
        for (SellerOrder parcel : order.sellerOrders) {
            long seller = parcel.sellerId == catalog.sellerOf(orangeGrower).orElseThrow() ? orangeGrower : honeyGrower;
            orders.confirm(seller, parcel.id);
            orders.ready(seller, parcel.id);
            if (seller == honeyGrower) {
                parcels.pickUp(staff.id, parcel.id, (int) parcel.weightGrams + 40);
            }
        }
        return buyer.id;
    }

    private long firstVariant(long sellerAccount) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Product product = catalog.ownProducts(sellerAccount).get(0);
            return product.variants.get(0).id;
        });
    }
}
