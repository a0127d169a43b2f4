package vn.chophien.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.campaign.Campaign;
import vn.chophien.campaign.CampaignRequests;
import vn.chophien.campaign.CampaignService;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Product;
import vn.chophien.order.OrderRequests;
import vn.chophien.order.OrderService;
import vn.chophien.order.PaymentMethod;

/**
 * The demo's harvest campaign, "Mùa cam Vàng 2026" of Tuyên Quang, opened by its OCOP officer: the Bắc Quang boxes sell
 * from stock, the 3 kg bags take pre-orders up to the 2 tonnes the cooperative expects, and the demo buyer has
 * pre-ordered two bags, waiting for the harvest the seller records on their campaign page.
 */
@ApplicationScoped
class DemoCampaign {

    static final String NAME = "Mùa cam Vàng 2026";

    private final CampaignService campaigns;
    private final CatalogService catalog;
    private final OrderService orders;
    private final Clock clock;

    DemoCampaign(CampaignService campaigns, CatalogService catalog, OrderService orders, Clock clock) {
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.orders = orders;
        this.clock = clock;
    }

    void load(long officer, long orangeGrower, long buyer) {
        LocalDate today = LocalDate.now(clock);
        Campaign campaign = campaigns.create(new CampaignService.Actor(officer, false, "08"),
                new CampaignRequests.Create(NAME, "08", today.minusDays(14), today.plusDays(60), 60_000L, true));
        long boxes = product(orangeGrower, "Cam Vàng Bắc Quang");
        long bags = product(orangeGrower, "Cam Vàng Bắc Quang túi 3 kg");
        campaigns.optIn(orangeGrower, campaign.id, new CampaignRequests.OptIn(boxes, null, null, null));
        campaigns.optIn(orangeGrower, campaign.id,
                new CampaignRequests.OptIn(bags, 2_000L, today.plusDays(7), today.plusDays(45)));
        long bag = QuarkusTransaction.requiringNew().call(() -> catalog.ownProducts(orangeGrower).stream()
                .filter(p -> p.id == bags).findFirst().orElseThrow().variants.get(0).id);
        orders.placeOrder(buyer,
                new OrderRequests.PlaceOrder(List.of(new OrderRequests.Line(bag, 2)),
                        new OrderRequests.ShipTo("Trần Thị Mai", "0912345678", "Số 12 ngõ 34 phố Kim Mã", "00004"),
                        PaymentMethod.COD));
    }

    private long product(long sellerAccount, String name) {
        return QuarkusTransaction.requiringNew().call(() -> catalog.ownProducts(sellerAccount).stream()
                .filter(p -> p.name.equals(name)).map((Product p) -> p.id).findFirst().orElseThrow());
    }
}
