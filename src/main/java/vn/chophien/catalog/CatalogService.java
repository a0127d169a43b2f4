package vn.chophien.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.PhoneNumber;
import vn.chophien.account.SellerDirectory;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/**
 * Sellers and their products: who may act for a seller, and the life of a listing from draft to published. Every
 * write checks that the account acts for the product's seller; to anyone else the product does not exist. Two
 * changes made at once are told apart by the product's version: the later one gets a 409, never a silent overwrite.
 */
@ApplicationScoped
public class CatalogService implements SellerDirectory {

    private final EntityManager em;
    private final PlaceService places;
    private final Event<ListingChanged> listingChanged;
    private final Event<ProductIdentityChanged> identityChanged;
    private final Event<SellerEdited> edited;
    private final SellerHelpers helpers;

    CatalogService(EntityManager em, PlaceService places, Event<ListingChanged> listingChanged,
            Event<ProductIdentityChanged> identityChanged, Event<SellerEdited> edited, SellerHelpers helpers) {
        this.em = em;
        this.edited = edited;
        this.helpers = helpers;
        this.places = places;
        this.listingChanged = listingChanged;
        this.identityChanged = identityChanged;
    }

    @Override
    public Optional<Long> sellerOf(long accountId) {
        return em.createQuery("select m.sellerId from SellerMember m where m.accountId = :a", Long.class)
                .setParameter("a", accountId).getResultList().stream().findFirst();
    }

    /** The sellers these accounts act for, by account (accounts acting for none are absent). */
    public Map<Long, Long> sellersOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> found = new HashMap<>();
        em.createQuery("select m.accountId, m.sellerId from SellerMember m where m.accountId in :a", Object[].class)
                .setParameter("a", accountIds).getResultList()
                .forEach(row -> found.putIfAbsent((Long) row[0], (Long) row[1]));
        return found;
    }

    /** The names of the seller's products, as stored (NFC, trimmed): what an import keys products on. */
    public List<String> productNames(long sellerId) {
        return em.createQuery("select p.name from Product p where p.seller.id = :s", String.class)
                .setParameter("s", sellerId).getResultList();
    }

    @Transactional
    public Seller createSeller(long accountId, CatalogRequests.CreateSeller request) {
        if (sellerOf(accountId).isPresent()) {
            throw new ProblemException(409, "already-seller");
        }
        Commune commune = commune("communeCode", request.communeCode());
        Seller seller = new Seller();
        seller.kind = request.kind();
        seller.name = Text.clean(request.name());
        seller.slug = uniqueSlug("Seller", Slugs.of(seller.name));
        seller.communeCode = commune.code();
        seller.provinceCode = commune.provinceCode();
        seller.address = Text.clean(request.address());
        seller.phone = request.phone() == null || request.phone().isBlank()
                ? null
                : PhoneNumber.normalise(request.phone()).orElseThrow();
        if (request.payout() != null) {
            seller.payoutBankBin = request.payout().bankBin();
            seller.payoutAccountNumber = request.payout().accountNumber();
            seller.payoutHolderName = BankNames.holder(request.payout().holderName());
        }
        seller.createdAt = Instant.now();
        em.persist(seller);
        join(seller.id, accountId, SellerMember.OWNER);
        return seller;
    }

    /** A cooperative's owner adds a registered seller account as a member who manages its products too. */
    @Transactional
    public void addMember(long ownerAccountId, long sellerId, long memberAccountId) {
        Seller seller = sellerActedForBy(ownerAccountId, sellerId);
        SellerMember owner = em.find(SellerMember.class, key(sellerId, ownerAccountId));
        if (!SellerMember.OWNER.equals(owner.role)) {
            throw new ProblemException(403, "forbidden");
        }
        if (!seller.kind.hasMembers()) {
            throw new ProblemException(409, "household-has-no-members");
        }
        if (sellerOf(memberAccountId).isPresent()) {
            throw new ProblemException(409, "already-seller");
        }
        join(sellerId, memberAccountId, SellerMember.MEMBER);
    }

    public Seller seller(long id) {
        Seller seller = em.find(Seller.class, id);
        if (seller == null) {
            throw new ProblemException(404, "not-found");
        }
        return seller;
    }

    /** Whether the account may change this seller's listings: one of its own, or a helper the seller has. */
    public boolean mayActFor(long accountId, long sellerId) {
        return sellerOf(accountId).map(id -> id == sellerId).orElse(false) || helpers.mayActFor(accountId, sellerId);
    }

    /** The seller the account acts for, or 404 when it acts for another one. */
    public Seller sellerActedForBy(long accountId, long sellerId) {
        if (!sellerOf(accountId).map(id -> id == sellerId).orElse(false)) {
            throw new ProblemException(404, "not-found");
        }
        return seller(sellerId);
    }

    @Transactional
    public Product createProduct(long accountId, CatalogRequests.SaveProduct request) {
        return createProduct(accountId, null, request);
    }

    /**
     * A draft for the named seller (a helper listing for a household it manages; 404 for any other seller), or for the
     * account's own when none is named.
     */
    @Transactional
    public Product createProduct(long accountId, Long forSellerId, CatalogRequests.SaveProduct request) {
        long sellerId = forSellerId == null
                ? sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"))
                : forSellerId;
        if (forSellerId != null && !mayActFor(accountId, forSellerId)) {
            throw new ProblemException(404, "not-found");
        }
        Product product = new Product();
        product.seller = em.getReference(Seller.class, sellerId);
        product.status = ProductStatus.DRAFT;
        product.createdAt = Instant.now();
        apply(product, request, seller(sellerId));
        product.slug = uniqueSlug("Product", Slugs.of(product.name));
        em.persist(product);
        edited(accountId, product, SellerEdited.What.PRODUCT_CREATED);
        return product;
    }

    /** Tells who changed what, in the change's transaction. */
    void edited(long accountId, Product product, SellerEdited.What what) {
        edited.fire(new SellerEdited(accountId, product.seller.id, product.id, what, product.name));
    }

    @Transactional
    public Product updateProduct(long accountId, long productId, CatalogRequests.SaveProduct request) {
        Product product = ownProduct(accountId, productId);
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "version-required");
        }
        if (request.version() != product.version) {
            throw new ProblemException(409, "edited-meanwhile");
        }
        ProductIdentityChanged.Identity before = identity(product);
        apply(product, request, product.seller);
        ProductIdentityChanged.Identity after = identity(product);
        if (!before.equals(after)) {
            identityChanged.fire(new ProductIdentityChanged(product.id, before, after));
        }
        if (product.status == ProductStatus.REJECTED) {
            // An edit answers the moderator: the product goes back to draft for the seller to publish again.
            product.status = ProductStatus.DRAFT;
            product.rejectionReason = null;
        }
        product.updatedAt = Instant.now();
        em.flush();
        changed(product);
        edited(accountId, product, SellerEdited.What.PRODUCT_UPDATED);
        return product;
    }

    @Transactional
    public Product publish(long accountId, long productId) {
        Product product = ownProduct(accountId, productId);
        if (product.status != ProductStatus.DRAFT && product.status != ProductStatus.PAUSED) {
            throw new ProblemException(409, "cannot-publish", product.status);
        }
        product.status = ProductStatus.PUBLISHED;
        if (product.publishedAt == null) {
            product.publishedAt = Instant.now();
        }
        product.updatedAt = Instant.now();
        em.flush();
        changed(product);
        edited(accountId, product, SellerEdited.What.PRODUCT_PUBLISHED);
        return product;
    }

    @Transactional
    public Product pause(long accountId, long productId) {
        Product product = ownProduct(accountId, productId);
        if (product.status != ProductStatus.PUBLISHED) {
            throw new ProblemException(409, "cannot-pause", product.status);
        }
        product.status = ProductStatus.PAUSED;
        product.updatedAt = Instant.now();
        em.flush();
        changed(product);
        edited(accountId, product, SellerEdited.What.PRODUCT_PAUSED);
        return product;
    }

    /** Moderation: an ADMIN takes a listing down with a reason the seller sees. */
    @Transactional
    public Product reject(long productId, String reason) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new ProblemException(404, "not-found");
        }
        product.status = ProductStatus.REJECTED;
        product.rejectionReason = Text.clean(reason);
        product.updatedAt = Instant.now();
        em.flush();
        changed(product);
        return product;
    }

    /** A product as the viewer may see it: published ones to anyone, the others only to their seller. */
    public Product visibleProduct(long productId, Long viewerAccountId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new ProblemException(404, "not-found");
        }
        if (product.status != ProductStatus.PUBLISHED
                && (viewerAccountId == null || !mayActFor(viewerAccountId, product.seller.id))) {
            throw new ProblemException(404, "not-found");
        }
        return product;
    }

    /** A page address and when it last changed, for the sitemap. */
    public record Published(String slug, Instant updatedAt) {
    }

    /** Slugs of published products, most recently changed first, and of the sellers that have any. */
    public List<Published> publishedProductSlugs(int limit) {
        return em
                .createQuery(
                        "select new vn.chophien.catalog.CatalogService$Published(p.slug, p.updatedAt)"
                                + " from Product p where p.status = :published order by p.updatedAt desc",
                        Published.class)
                .setParameter("published", ProductStatus.PUBLISHED).setMaxResults(limit).getResultList();
    }

    public List<String> sellerSlugsWithProducts(int limit) {
        return em
                .createQuery("select s.slug from Seller s where exists (select 1 from Product p"
                        + " where p.seller = s and p.status = :published) order by s.id", String.class)
                .setParameter("published", ProductStatus.PUBLISHED).setMaxResults(limit).getResultList();
    }

    /** A published product by its slug, with its seller and variants; 404 for any other. */
    /** A published product as its page shows it: plain values of it, its seller and its pack sizes in order. */
    public record PublishedProduct(long id, String slug, String name, Category category, String description,
            String originCommuneCode, LocalDate availableFrom, LocalDate availableTo, Instant publishedAt, long version,
            long sellerId, String sellerSlug, String sellerName, SellerKind sellerKind, String sellerCommuneCode,
            List<CatalogViews.VariantView> variants) {
    }

    /**
     * The published product with this slug, or a 404. A query for values, not entities: nothing goes into the
     * persistence context to be snapshotted and dirty-checked, which on a page nobody had cached was an eighth of its
     * CPU. One row per pack size.
     */
    public PublishedProduct publishedProduct(String slug) {
        List<Object[]> rows = em.createQuery("select p.id, p.slug, p.name, p.category, p.description,"
                + " p.originCommuneCode, p.availableFrom, p.availableTo, p.publishedAt, p.version, s.id, s.slug, s.name,"
                + " s.kind, s.communeCode, v.id, v.label, v.weightGrams, v.priceVnd, v.stock, v.sku, v.version"
                + " from Product p join p.seller s left join p.variants v where p.slug = :slug and p.status = :published"
                + " order by v.position", Object[].class).setParameter("slug", slug)
                .setParameter("published", ProductStatus.PUBLISHED).getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(404, "not-found");
        }
        List<CatalogViews.VariantView> variants = new ArrayList<>();
        for (Object[] r : rows) {
            if (r[15] != null) {
                variants.add(new CatalogViews.VariantView((Long) r[15], (String) r[16], (Integer) r[17], (Long) r[18],
                        (Integer) r[19], (String) r[20], (Long) r[21]));
            }
        }
        Object[] r = rows.get(0);
        return new PublishedProduct((Long) r[0], (String) r[1], (String) r[2], (Category) r[3], (String) r[4],
                (String) r[5], (LocalDate) r[6], (LocalDate) r[7], (Instant) r[8], (Long) r[9], (Long) r[10],
                (String) r[11], (String) r[12], (SellerKind) r[13], (String) r[14], List.copyOf(variants));
    }

    public Seller sellerBySlug(String slug) {
        return em.createQuery("select s from Seller s where s.slug = :slug", Seller.class).setParameter("slug", slug)
                .getResultList().stream().findFirst().orElseThrow(() -> new ProblemException(404, "not-found"));
    }

    /** What a product card shows, as read from the catalog's own tables. */
    record Card(long id, String slug, String name, Category category, String originCommuneCode, String sellerName,
            String sellerSlug, long fromPriceVnd, boolean inStock, String thumbKey, String displayKey) {
    }

    /**
     * The cards of published products in the order of the given ids (a search's answer); ids that are not published
     * are left out. One plain statement with its cover photo, lowest price and stock: an HQL query with a list
     * parameter is translated afresh on every call, and listing pages ran three of them.
     */
    List<Card> publishedCards(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Card> byId = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.slug, p.name, p.category, p.origin_commune_code,"
                + " s.name, s.slug, (SELECT MIN(v.price_vnd) FROM variant v WHERE v.product_id = p.id),"
                + " EXISTS (SELECT 1 FROM variant v WHERE v.product_id = p.id AND v.stock > 0),"
                + " ph.thumb_key, ph.display_key FROM product p JOIN seller s ON s.id = p.seller_id"
                + " LEFT JOIN product_photo ph ON ph.product_id = p.id AND ph.position = 0"
                + " WHERE p.id IN (:ids) AND p.status = 'PUBLISHED'").setParameter("ids", ids).getResultList();
        for (Object[] c : rows) {
            Card card = new Card(((Number) c[0]).longValue(), (String) c[1], (String) c[2],
                    Category.valueOf((String) c[3]), (String) c[4], (String) c[5], (String) c[6],
                    c[7] == null ? 0 : ((Number) c[7]).longValue(), ((Number) c[8]).intValue() == 1, (String) c[9],
                    (String) c[10]);
            byId.putIfAbsent(card.id(), card);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** What the search index needs of these products, in any status. */
    public List<ListingDocument> listingDocuments(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery("select distinct p from Product p join fetch p.seller left join fetch p.variants"
                        + " where p.id in :ids", Product.class)
                .setParameter("ids", ids).getResultList().stream()
                .map(p -> new ListingDocument(p.id, p.seller.id, p.status == ProductStatus.PUBLISHED, p.name,
                        p.seller.name, p.description, p.category, p.originCommuneCode, p.originProvinceCode,
                        p.variants.stream().mapToLong(v -> v.priceVnd).min().orElse(0),
                        p.variants.stream().anyMatch(v -> v.stock > 0), p.availableFrom, p.availableTo, p.publishedAt))
                .toList();
    }

    /** Product ids above {@code afterId}, in order, for walking the whole catalog a batch at a time. */
    public List<Long> productIdsAfter(long afterId, int limit) {
        return em.createQuery("select p.id from Product p where p.id > :after order by p.id", Long.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    /** Pack sizes as an order sees them, only of published products; the others are simply absent. */
    public Map<Long, VariantForSale> variantsForSale(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        // Plain SQL, not entities or HQL: a checkout only reads these, managed copies would be dirty-checked at flush,
        // and Hibernate translates an HQL query with a list parameter afresh on every call (a tenth of a checkout's CPU).
        Map<Long, VariantForSale> found = new HashMap<>();
        List<?> rows = em.createNativeQuery("SELECT v.id, p.id, p.name, p.slug, v.label, v.price_vnd, v.weight_grams,"
                + " v.stock, s.id, s.name, s.province_code, s.commune_code FROM variant v JOIN product p ON p.id = v.product_id"
                + " JOIN seller s ON s.id = p.seller_id WHERE v.id IN (:ids) AND p.status = 'PUBLISHED'")
                .setParameter("ids", variantIds).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            VariantForSale v = new VariantForSale(((Number) c[0]).longValue(), ((Number) c[1]).longValue(),
                    (String) c[2], (String) c[3], (String) c[4], ((Number) c[5]).longValue(),
                    ((Number) c[6]).intValue(), ((Number) c[7]).intValue(), ((Number) c[8]).longValue(), (String) c[9],
                    (String) c[10], (String) c[11]);
            found.put(v.variantId(), v);
        }
        return found;
    }

    /** Who a parcel is picked up from: the seller's name, village and commune, and phone (null when none given). */
    public SellerContact sellerContact(long sellerId) {
        return sellerContacts(List.of(sellerId)).get(sellerId);
    }

    /** {@link #sellerContact} of several sellers at once, by id; unknown ids are absent. */
    public Map<Long, SellerContact> sellerContacts(Collection<Long> sellerIds) {
        if (sellerIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, SellerContact> found = new HashMap<>();
        for (Seller s : em.createQuery("select s from Seller s where s.id in :ids", Seller.class)
                .setParameter("ids", sellerIds).getResultList()) {
            Commune commune = places.commune(s.communeCode).orElseThrow();
            found.put(s.id, new SellerContact(s.id, s.name, s.address, s.phone, commune.code(), commune.name(),
                    places.province(commune.provinceCode()).orElseThrow().name()));
        }
        return found;
    }

    /** Every seller of a province, for its dashboard (one light row each, no entities). */
    public List<ProvinceSeller> sellersOf(String provinceCode) {
        return em
                .createQuery("select new vn.chophien.catalog.ProvinceSeller(s.id, s.kind, s.name, s.communeCode,"
                        + " s.createdAt) from Seller s where s.provinceCode = :p", ProvinceSeller.class)
                .setParameter("p", provinceCode).getResultList();
    }

    /** How many products of a province's sellers buyers can see now. */
    public long publishedProductCount(String provinceCode) {
        return em
                .createQuery(
                        "select count(p) from Product p where p.seller.provinceCode = :p and p.status = :published",
                        Long.class)
                .setParameter("p", provinceCode).setParameter("published", ProductStatus.PUBLISHED).getSingleResult();
    }

    /** Products' names by id, in whatever status; unknown ids are absent. */
    public Map<Long, String> productNames(Collection<Long> productIds) {
        Map<Long, String> names = new HashMap<>();
        List<Long> ids = List.copyOf(productIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            for (Object[] row : em.createQuery("select p.id, p.name from Product p where p.id in :ids", Object[].class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList()) {
                names.put((Long) row[0], (String) row[1]);
            }
        }
        return names;
    }

    /** The accounts that act for a seller: who hears of its new orders. */
    public List<Long> memberAccountIds(long sellerId) {
        // Plain SQL: asked in every checkout's transaction, where Hibernate's translation showed in the profile.
        List<?> ids = em
                .createNativeQuery("SELECT account_id FROM seller_member WHERE seller_id = ?1 ORDER BY account_id")
                .setParameter(1, sellerId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Announces that buyers may now see this product differently (search re-indexes it in this transaction). */
    public void listingChanged(long productId) {
        listingChanged.fire(new ListingChanged(productId));
    }

    private static ProductIdentityChanged.Identity identity(Product product) {
        return new ProductIdentityChanged.Identity(product.name, product.category.name(), product.originCommuneCode);
    }

    private void changed(Product product) {
        listingChanged(product.id);
    }

    /** The first commune of a province by code, for demo data and defaults. */
    public String anyCommuneOf(String provinceCode) {
        return places.communesOf(provinceCode).orElseThrow().get(0).code();
    }

    /** The products of the seller the account acts for, in every status, for its own pages. */
    public List<Product> ownProducts(long accountId) {
        long sellerId = sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        return em.createQuery("select p from Product p where p.seller.id = :s order by p.updatedAt desc", Product.class)
                .setParameter("s", sellerId).getResultList();
    }

    /** Facts about a product the account acts for; 404 when it acts for another seller. */
    public ProductFacts ownProductFacts(long accountId, long productId) {
        return facts(ownProduct(accountId, productId));
    }

    /** Facts about any product, published or not, for features that already checked who asks. */
    public ProductFacts productFacts(long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new ProblemException(404, "not-found");
        }
        return facts(product);
    }

    /**
     * {@link ProductPacks} of several products at once, by id, in one plain statement (a campaign page lists dozens);
     * unknown ids are absent.
     */
    public Map<Long, ProductPacks> packsOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProductPacks> found = new LinkedHashMap<>();
        List<?> rows = em.createNativeQuery("SELECT p.id, p.slug, p.name, p.status, v.id, v.label, v.price_vnd"
                + " FROM product p LEFT JOIN variant v ON v.product_id = p.id WHERE p.id IN (?1)"
                + " ORDER BY p.id, v.position").setParameter(1, productIds).getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            ProductPacks product = found.computeIfAbsent(((Number) c[0]).longValue(), id -> new ProductPacks(id,
                    (String) c[1], (String) c[2], ProductStatus.PUBLISHED.name().equals(c[3]), new ArrayList<>()));
            if (c[4] != null) {
                product.packs().add(
                        new ProductPacks.Pack(((Number) c[4]).longValue(), (String) c[5], ((Number) c[6]).longValue()));
            }
        }
        return found;
    }

    private ProductFacts facts(Product p) {
        Commune commune = places.commune(p.originCommuneCode).orElseThrow();
        String province = places.province(commune.provinceCode()).orElseThrow().name();
        return new ProductFacts(p.id, p.slug, p.name, p.status.name(), p.seller.id, p.seller.name, commune.name(),
                commune.provinceCode(), province);
    }

    /** The product, when the account acts for its seller (or helps it); 404 otherwise. */
    Product ownProduct(long accountId, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !mayActFor(accountId, product.seller.id)) {
            throw new ProblemException(404, "not-found");
        }
        return product;
    }

    private void apply(Product product, CatalogRequests.SaveProduct request, Seller seller) {
        if (request.availableFrom() != null && request.availableTo() != null
                && request.availableTo().isBefore(request.availableFrom())) {
            throw ProblemException.invalidField("availableTo", "season-ends-before-it-starts");
        }
        Commune origin = request.originCommuneCode() == null
                ? commune("originCommuneCode", seller.communeCode)
                : commune("originCommuneCode", request.originCommuneCode());
        product.name = Text.clean(request.name());
        product.category = request.category();
        product.description = Text.clean(request.description());
        product.originCommuneCode = origin.code();
        product.originProvinceCode = origin.provinceCode();
        product.availableFrom = request.availableFrom();
        product.availableTo = request.availableTo();
        product.updatedAt = Instant.now();
        replaceVariants(product, request.variants());
    }

    /** Variants named by id are updated in place (orders keep pointing at them); the others are added or removed. */
    private void replaceVariants(Product product, List<CatalogRequests.SaveVariant> requested) {
        Map<Long, Variant> existing = new HashMap<>();
        product.variants.forEach(v -> existing.put(v.id, v));
        List<Variant> next = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            CatalogRequests.SaveVariant r = requested.get(i);
            Variant variant = r.id() == null ? new Variant() : existing.get(r.id());
            if (variant == null) {
                throw ProblemException.invalidField("variants[" + i + "].id", "unknown-variant");
            }
            if (r.version() != null && variant.id != null && r.version() != variant.version) {
                throw new ProblemException(409, "edited-meanwhile-stock").with("variantId", variant.id)
                        .with("currentStock", variant.stock).with("currentPriceVnd", variant.priceVnd)
                        .with("currentVersion", variant.version);
            }
            variant.product = product;
            variant.position = i;
            variant.label = Text.clean(r.label());
            variant.weightGrams = r.weightGrams();
            variant.priceVnd = r.priceVnd();
            variant.stock = r.stock();
            variant.sku = r.sku() == null || r.sku().isBlank() ? null : r.sku().strip();
            next.add(variant);
        }
        product.variants.clear();
        product.variants.addAll(next);
    }

    private Commune commune(String field, String code) {
        return places.commune(code).orElseThrow(() -> ProblemException.invalidField(field, "unknown-commune"));
    }

    /** The slug itself when free, else the first free "-2", "-3", … */
    private String uniqueSlug(String entity, String base) {
        List<String> taken = em
                .createQuery("select e.slug from " + entity + " e where e.slug = :base or e.slug like :numbered",
                        String.class)
                .setParameter("base", base).setParameter("numbered", base + "-%").getResultList();
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2;; n++) {
            if (!taken.contains(base + "-" + n)) {
                return base + "-" + n;
            }
        }
    }

    private void join(long sellerId, long accountId, String role) {
        SellerMember member = new SellerMember();
        member.sellerId = sellerId;
        member.accountId = accountId;
        member.role = role;
        member.joinedAt = Instant.now();
        em.persist(member);
    }

    private static SellerMember.Key key(long sellerId, long accountId) {
        SellerMember.Key key = new SellerMember.Key();
        key.sellerId = sellerId;
        key.accountId = accountId;
        return key;
    }
}
