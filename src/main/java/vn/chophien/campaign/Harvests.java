package vn.chophien.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.catalog.CatalogService;
import vn.chophien.ocop.Batch;
import vn.chophien.ocop.OcopRequests;
import vn.chophien.ocop.Traceability;
import vn.chophien.order.OrderService;
import vn.chophien.web.ProblemException;

/**
 * A seller records the harvest of a campaign product: it becomes a harvest batch with its trace page, and the
 * pre-orders waiting for it are filled oldest first (a later, smaller one still takes what an earlier, larger one
 * could not). Filled parcels are ready for the post office; the others are cancelled, their buyers told, and money
 * already paid for them flagged as owed back. The harvest never touches the stock count: pre-orders took none.
 */
@ApplicationScoped
public class Harvests {

    static final String SHORT_REASON = "Vụ thu hoạch không đủ để giao đơn đặt trước này.";

    private final EntityManager em;
    private final CampaignService campaigns;
    private final CatalogService catalog;
    private final Traceability traceability;
    private final OrderService orders;
    private final Clock clock;

    Harvests(EntityManager em, CampaignService campaigns, CatalogService catalog, Traceability traceability,
            OrderService orders, Clock clock) {
        this.em = em;
        this.campaigns = campaigns;
        this.catalog = catalog;
        this.traceability = traceability;
        this.orders = orders;
        this.clock = clock;
    }

    /** Records the harvest once per product and campaign; a second one is refused with 409. */
    @Transactional
    public CampaignViews.HarvestOutcome record(long accountId, long campaignId, long productId,
            CampaignRequests.Harvest request) {
        catalog.ownProductFacts(accountId, productId); // 404 for another seller's product
        CampaignProduct joined = campaigns.joined(campaigns.campaign(campaignId).id, productId);
        if (joined == null) {
            throw new ProblemException(404, "not-found");
        }
        // Pre-orders of this product wait here; once this commits they see the harvest and stop.
        // A locking read (not the snapshot this transaction began with): a harvest recorded meanwhile is seen.
        List<?> harvestedAt = em.createNativeQuery("SELECT harvested_at FROM campaign_product WHERE id = ?1 FOR UPDATE")
                .setParameter(1, joined.id).getResultList();
        CampaignProduct taking = joined;
        if (harvestedAt.get(0) != null || taking.harvestedAt != null) {
            throw new ProblemException(409, "harvest-already-recorded");
        }
        Batch batch = traceability.record(accountId, productId, new OcopRequests.RecordBatch(request.harvestedOn(),
                request.harvestedKg(), request.notes() == null ? "" : request.notes()));
        long harvested = request.harvestedKg().multiply(BigDecimal.valueOf(1000)).longValue();
        long left = harvested;
        int filled = 0;
        int cancelled = 0;
        long refunds = 0;
        Instant now = clock.instant();
        for (OrderService.HeldParcel parcel : orders.heldFor(productId)) {
            if (parcel.grams() <= left) {
                orders.fillHeld(parcel.parcelId(), accountId, now);
                left -= parcel.grams();
                filled++;
            } else {
                refunds += orders.cancelHeld(parcel.parcelId(), accountId, SHORT_REASON, now);
                cancelled++;
            }
        }
        taking.harvestedGrams = harvested;
        taking.filledGrams = harvested - left;
        taking.harvestedAt = now;
        catalog.listingChanged(productId); // its page stops offering pre-orders
        return new CampaignViews.HarvestOutcome(batch.traceCode, CampaignService.kg(harvested), filled,
                CampaignService.kg(harvested - left), cancelled, CampaignService.kg(left), refunds);
    }
}
