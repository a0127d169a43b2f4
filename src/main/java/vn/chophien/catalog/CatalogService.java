package vn.chophien.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
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

    CatalogService(EntityManager em, PlaceService places) {
        this.em = em;
        this.places = places;
    }

    @Override
    public Optional<Long> sellerOf(long accountId) {
        return em.createQuery("select m.sellerId from SellerMember m where m.accountId = :a", Long.class)
                .setParameter("a", accountId).getResultStream().findFirst();
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

    /** The seller the account acts for, or 404 when it acts for another one. */
    public Seller sellerActedForBy(long accountId, long sellerId) {
        if (!sellerOf(accountId).map(id -> id == sellerId).orElse(false)) {
            throw new ProblemException(404, "not-found");
        }
        return seller(sellerId);
    }

    @Transactional
    public Product createProduct(long accountId, CatalogRequests.SaveProduct request) {
        long sellerId = sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        Product product = new Product();
        product.seller = em.getReference(Seller.class, sellerId);
        product.status = ProductStatus.DRAFT;
        product.createdAt = Instant.now();
        apply(product, request, seller(sellerId));
        product.slug = uniqueSlug("Product", Slugs.of(product.name));
        em.persist(product);
        return product;
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
        apply(product, request, product.seller);
        if (product.status == ProductStatus.REJECTED) {
            // An edit answers the moderator: the product goes back to draft for the seller to publish again.
            product.status = ProductStatus.DRAFT;
            product.rejectionReason = null;
        }
        product.updatedAt = Instant.now();
        em.flush();
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
        return product;
    }

    /** A product as the viewer may see it: published ones to anyone, the others only to their seller. */
    public Product visibleProduct(long productId, Long viewerAccountId) {
        Product product = em.find(Product.class, productId);
        if (product == null) {
            throw new ProblemException(404, "not-found");
        }
        if (product.status != ProductStatus.PUBLISHED && (viewerAccountId == null
                || !sellerOf(viewerAccountId).map(id -> id.equals(product.seller.id)).orElse(false))) {
            throw new ProblemException(404, "not-found");
        }
        return product;
    }

    /** Published products, newest first, optionally of one category, province or seller. */
    public CatalogViews.Page<Product> published(String category, String provinceCode, Long sellerId, int page,
            int size) {
        StringBuilder where = new StringBuilder("p.status = :published");
        Map<String, Object> params = new HashMap<>();
        params.put("published", ProductStatus.PUBLISHED);
        if (category != null) {
            where.append(" and p.category = :category");
            params.put("category", Category.valueOf(category));
        }
        if (provinceCode != null) {
            where.append(" and p.originProvinceCode = :province");
            params.put("province", provinceCode);
        }
        if (sellerId != null) {
            where.append(" and p.seller.id = :seller");
            params.put("seller", sellerId);
        }
        var count = em.createQuery("select count(p) from Product p where " + where, Long.class);
        var query = em.createQuery("select p from Product p join fetch p.seller where " + where
                + " order by p.publishedAt desc, p.id desc", Product.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<Product> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new CatalogViews.Page<>(items, count.getSingleResult(), page, size);
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

    private ProductFacts facts(Product p) {
        Commune commune = places.commune(p.originCommuneCode).orElseThrow();
        String province = places.province(commune.provinceCode()).orElseThrow().name();
        return new ProductFacts(p.id, p.slug, p.name, p.status.name(), p.seller.id, p.seller.name, commune.name(),
                commune.provinceCode(), province);
    }

    /** The product, when the account acts for its seller; 404 otherwise. */
    Product ownProduct(long accountId, long productId) {
        Product product = em.find(Product.class, productId);
        if (product == null || !sellerOf(accountId).map(id -> id.equals(product.seller.id)).orElse(false)) {
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
