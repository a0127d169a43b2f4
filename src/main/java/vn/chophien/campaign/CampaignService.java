package vn.chophien.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ProductFacts;
import vn.chophien.catalog.ProductPacks;
import vn.chophien.catalog.SellerContact;
import vn.chophien.catalog.Slugs;
import vn.chophien.order.SalesFigures;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;
import vn.chophien.web.VietnamClock;

/**
 * Harvest campaigns: an OCOP officer opens one for their province (an ADMIN for any), sellers of that province bring
 * their products, and anyone follows its progress, counted from the order book across every channel.
 */
@ApplicationScoped
public class CampaignService {

    /** Who acts: an ADMIN, or an OCOP officer of one province. */
    public record Actor(long accountId, boolean admin, String provinceCode) {
    }

    private final EntityManager em;
    private final CatalogService catalog;
    private final PlaceService places;
    private final SalesFigures sales;
    private final Clock clock;

    CampaignService(EntityManager em, CatalogService catalog, PlaceService places, SalesFigures sales, Clock clock) {
        this.em = em;
        this.catalog = catalog;
        this.places = places;
        this.sales = sales;
        this.clock = clock;
    }

    /**
     * Opens a campaign. An officer of another province is refused with 403: the province is public, the officer simply
     * has no say over it (objects that exist in another province answer 404 to them instead, like certificates).
     */
    @Transactional
    public Campaign create(Actor actor, CampaignRequests.Create request) {
        if (places.province(request.provinceCode()).isEmpty()) {
            throw ProblemException.invalidField("provinceCode", "unknown-province");
        }
        if (!request.closesOn().isAfter(request.opensOn())) {
            throw ProblemException.invalidField("closesOn", "campaign-closes-before-opening");
        }
        if (!actor.admin() && !request.provinceCode().equals(actor.provinceCode())) {
            throw new ProblemException(403, "campaign-other-province");
        }
        Campaign campaign = new Campaign();
        campaign.name = Text.clean(request.name());
        campaign.slug = freeSlug(Slugs.of(campaign.name));
        campaign.provinceCode = request.provinceCode();
        campaign.opensOn = request.opensOn();
        campaign.closesOn = request.closesOn();
        campaign.targetGrams = Math.multiplyExact(request.targetKg(), 1000L);
        campaign.preorders = Boolean.TRUE.equals(request.preorders());
        campaign.status = Campaign.Status.OPEN; // one already over is closed by the next round of the closer
        campaign.createdBy = actor.accountId();
        campaign.createdAt = clock.instant();
        em.persist(campaign);
        return campaign;
    }

    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; slugTaken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("select c.id from Campaign c where c.slug = :s", Long.class).setParameter("s", slug)
                .getResultList().isEmpty();
    }

    /** A product joins a campaign of its seller's province, by its seller; pre-orders need an expected quantity. */
    @Transactional
    public CampaignProduct optIn(long accountId, long campaignId, CampaignRequests.OptIn request) {
        Campaign campaign = campaign(campaignId);
        ProductFacts product = catalog.ownProductFacts(accountId, request.productId());
        if (!campaign.provinceCode.equals(catalog.seller(product.sellerId()).provinceCode)) {
            throw ProblemException.invalidField("productId", "campaign-product-other-province");
        }
        if (campaign.status == Campaign.Status.CLOSED || today().isAfter(campaign.closesOn)) {
            throw new ProblemException(409, "campaign-closed");
        }
        LocalDate from = request.shipsFrom() == null ? campaign.opensOn : request.shipsFrom();
        LocalDate by = request.shipsBy() == null ? campaign.closesOn : request.shipsBy();
        if (by.isBefore(from)) {
            throw ProblemException.invalidField("shipsBy", "ships-by-before-from");
        }
        if (joined(campaignId, product.id()) != null) {
            throw new ProblemException(409, "campaign-product-already-in");
        }
        CampaignProduct taking = new CampaignProduct();
        taking.campaignId = campaignId;
        taking.productId = product.id();
        taking.sellerId = product.sellerId();
        taking.expectedGrams = request.expectedKg() == null ? null : Math.multiplyExact(request.expectedKg(), 1000L);
        taking.shipsFrom = request.expectedKg() == null ? null : from;
        taking.shipsBy = request.expectedKg() == null ? null : by;
        taking.joinedAt = clock.instant();
        em.persist(taking);
        if (taking.expectedGrams != null) {
            catalog.listingChanged(product.id()); // its page offers pre-orders from now on
        }
        return taking;
    }

    CampaignProduct joined(long campaignId, long productId) {
        return em
                .createQuery("select p from CampaignProduct p where p.campaignId = :c and p.productId = :p",
                        CampaignProduct.class)
                .setParameter("c", campaignId).setParameter("p", productId).getResultList().stream().findFirst()
                .orElse(null);
    }

    public Campaign campaign(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new ProblemException(404, "not-found");
        }
        return campaign;
    }

    public Campaign bySlug(String slug) {
        return em.createQuery("select c from Campaign c where c.slug = :s", Campaign.class).setParameter("s", slug)
                .getResultList().stream().findFirst().orElseThrow(() -> new ProblemException(404, "not-found"));
    }

    /** Campaigns an actor manages, newest first: an officer's province's, or every one for an ADMIN. */
    public List<Campaign> managedBy(Actor actor, int page, int size) {
        var query = em.createQuery("select c from Campaign c" + (actor.admin() ? "" : " where c.provinceCode = :p")
                + " order by c.opensOn desc, c.id desc", Campaign.class);
        if (!actor.admin()) {
            query.setParameter("p", actor.provinceCode());
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Campaigns of a province still taking products, for its sellers. */
    public List<Campaign> openIn(String provinceCode) {
        return em
                .createQuery("select c from Campaign c where c.provinceCode = :p and c.status = :open"
                        + " and c.closesOn >= :today order by c.opensOn, c.id", Campaign.class)
                .setParameter("p", provinceCode).setParameter("open", Campaign.Status.OPEN)
                .setParameter("today", today()).getResultList();
    }

    /** A province's campaigns open at some time between the two days, as anyone sees them, earliest first. */
    public List<CampaignViews.CampaignView> inProvince(String provinceCode, LocalDate from, LocalDate to) {
        return em
                .createQuery("select c from Campaign c where c.provinceCode = :p and c.opensOn <= :to"
                        + " and c.closesOn >= :from order by c.opensOn, c.id", Campaign.class)
                .setParameter("p", provinceCode).setParameter("from", from).setParameter("to", to).getResultList()
                .stream().map(this::view).toList();
    }

    /** The products a seller brought to campaigns, most recent first. */
    public List<CampaignProduct> takingPartOf(long sellerId) {
        return em.createQuery(
                "select p from CampaignProduct p where p.sellerId = :s order by p.joinedAt desc, p.id desc",
                CampaignProduct.class).setParameter("s", sellerId).getResultList();
    }

    List<CampaignProduct> productsOf(long campaignId) {
        return em.createQuery("select p from CampaignProduct p where p.campaignId = :c order by p.id",
                CampaignProduct.class).setParameter("c", campaignId).getResultList();
    }

    /** Grams sold by each seller of the campaign while it is open, most first. */
    private Map<Long, Long> soldBySeller(Campaign campaign, List<Long> productIds) {
        return sales.gramsBySeller(productIds, startOf(campaign.opensOn), startOf(campaign.closesOn.plusDays(1)));
    }

    /** The campaign as anyone sees it: its products, kilograms sold from every channel, households and communes. */
    public CampaignViews.CampaignView view(Campaign campaign) {
        List<CampaignProduct> taking = productsOf(campaign.id);
        List<Long> productIds = taking.stream().map(p -> p.productId).toList();
        Map<Long, Long> bySeller = soldBySeller(campaign, productIds);
        Map<Long, Long> byProduct = productIds.isEmpty()
                ? Map.of()
                : sales.gramsByProduct(productIds, startOf(campaign.opensOn), startOf(campaign.closesOn.plusDays(1)));
        Set<Long> sellerIds = taking.stream().map(p -> p.sellerId).collect(Collectors.toSet());
        Map<Long, SellerContact> sellers = catalog.sellerContacts(sellerIds);
        Map<Long, ProductPacks> products = catalog.packsOf(productIds);
        LocalDate today = today();
        List<CampaignViews.ProductLine> lines = new ArrayList<>();
        for (CampaignProduct p : taking) {
            ProductPacks product = products.get(p.productId);
            SellerContact seller = sellers.get(p.sellerId);
            boolean preorderOpen = campaign.preorders && campaign.openOn(today) && p.expectedGrams != null
                    && p.harvestedAt == null;
            lines.add(new CampaignViews.ProductLine(p.productId, product.slug(), product.name(), p.sellerId,
                    seller.name(), seller.communeName(), p.expectedGrams == null ? null : p.expectedGrams / 1000,
                    p.shipsFrom, p.shipsBy, p.harvestedGrams == null ? null : kg(p.harvestedGrams),
                    kg(byProduct.getOrDefault(p.productId, 0L)), preorderOpen, packs(product)));
        }
        Set<String> communes = new HashSet<>();
        sellers.values().forEach(s -> communes.add(s.communeCode()));
        long sold = bySeller.values().stream().mapToLong(Long::longValue).sum();
        return new CampaignViews.CampaignView(campaign.id, campaign.slug, campaign.name, campaign.provinceCode,
                places.province(campaign.provinceCode).map(Province::name).orElse(""), campaign.opensOn,
                campaign.closesOn, campaign.targetGrams / 1000, kg(sold), sellerIds.size(), communes.size(),
                campaign.preorders, campaign.status.name(), lines);
    }

    /** The pack sizes buyers can order, of a published product only. */
    private static List<CampaignViews.Pack> packs(ProductPacks product) {
        if (!product.published()) {
            return List.of();
        }
        return product.packs().stream().map(v -> new CampaignViews.Pack(v.variantId(), v.label(), v.priceVnd()))
                .toList();
    }

    /** A seller's kilograms sold and rank in each campaign they take part in (ties share a rank). */
    public List<CampaignViews.Standing> standingsOf(long sellerId) {
        Map<Long, Campaign> campaigns = takingPartOf(sellerId).stream().map(p -> campaign(p.campaignId))
                .collect(Collectors.toMap(c -> c.id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        List<CampaignViews.Standing> standings = new ArrayList<>();
        for (Campaign c : campaigns.values()) {
            List<CampaignProduct> taking = productsOf(c.id);
            Map<Long, Long> bySeller = soldBySeller(c, taking.stream().map(p -> p.productId).toList());
            long mine = bySeller.getOrDefault(sellerId, 0L);
            int ahead = (int) bySeller.values().stream().filter(g -> g > mine).count();
            int sellers = (int) taking.stream().map(p -> p.sellerId).distinct().count();
            standings.add(
                    new CampaignViews.Standing(c.id, c.slug, c.name, c.status.name(), kg(mine), ahead + 1, sellers));
        }
        return standings;
    }

    /** Closes the campaigns whose last day is over; safe on every copy of the service. Returns how many. */
    @Transactional
    public int closeDue() {
        return em
                .createQuery("update Campaign c set c.status = :closed, c.closedAt = :now, c.version = c.version + 1"
                        + " where c.status = :open and c.closesOn < :today")
                .setParameter("closed", Campaign.Status.CLOSED).setParameter("open", Campaign.Status.OPEN)
                .setParameter("now", clock.instant()).setParameter("today", today()).executeUpdate();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(VietnamClock.ZONE).toInstant();
    }

    static double kg(long grams) {
        return Math.round(grams / 100.0) / 10.0;
    }
}
