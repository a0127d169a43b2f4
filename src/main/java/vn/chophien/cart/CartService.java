package vn.chophien.cart;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.VariantForSale;
import vn.chophien.order.Preorders;
import vn.chophien.order.Shipping;
import vn.chophien.web.ProblemException;

/**
 * Carts before sign-in and after. A visitor's cart is found by the random token of their cart cookie; once they sign
 * in, the next look at the cart moves its lines into the account's cart (adding quantities) and the visitor's cart
 * is gone. Nothing is reserved: stock is taken only at checkout.
 */
@ApplicationScoped
public class CartService {

    static final int MAX_QUANTITY = 1000;
    static final int MAX_LINES = 50;
    /** A visitor's cart untouched this long is deleted. */
    static final Duration ABANDONED = Duration.ofDays(30);
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final CatalogService catalog;
    private final Shipping shipping;
    private final Preorders preorders;

    CartService(EntityManager em, CatalogService catalog, Shipping shipping, Preorders preorders) {
        this.preorders = preorders;
        this.em = em;
        this.catalog = catalog;
        this.shipping = shipping;
    }

    /** A shopper: a signed-in account, or a visitor known by a cart token (either may be missing). */
    public record Shopper(Long accountId, String token) {
        public Shopper {
            token = token != null && TOKEN.matcher(token).matches() ? token : null;
        }
    }

    /** The shopper's cart, the visitor's merged into the account's; empty when they have none yet. */
    @Transactional
    public Optional<Cart> find(Shopper shopper) {
        Optional<Cart> visitor = shopper.token() == null ? Optional.empty() : byToken(shopper.token());
        if (shopper.accountId() == null) {
            return visitor;
        }
        Optional<Cart> own = byAccount(shopper.accountId());
        if (visitor.isEmpty()) {
            return own;
        }
        Cart account = own.orElseGet(() -> create(shopper.accountId(), null));
        for (CartLine line : lines(visitor.get())) {
            put(account, line.variantId, line.quantity, true);
        }
        em.createQuery("delete from CartLine l where l.cartId = :c").setParameter("c", visitor.get().id)
                .executeUpdate();
        em.remove(visitor.get());
        return Optional.of(account);
    }

    /** Adds to the cart, making one when needed; returns the cart (a new visitor cart carries a new token). */
    @Transactional
    public Cart add(Shopper shopper, long variantId, int quantity) {
        checkQuantity(quantity);
        if (catalog.variantsForSale(List.of(variantId)).isEmpty()) {
            throw ProblemException.invalidField("variantId", "variant-not-for-sale");
        }
        Cart cart = find(shopper)
                .orElseGet(() -> create(shopper.accountId(), shopper.accountId() == null ? newToken() : null));
        put(cart, variantId, quantity, true);
        return cart;
    }

    /** Sets a line's quantity; zero removes it. */
    @Transactional
    public void change(Shopper shopper, long variantId, int quantity) {
        if (quantity != 0) {
            checkQuantity(quantity);
        }
        Cart cart = find(shopper).orElseThrow(() -> new ProblemException(404, "not-found"));
        if (quantity == 0) {
            removeLines(cart, List.of(variantId));
        } else {
            put(cart, variantId, quantity, false);
        }
    }

    /** Deletes visitors' carts nobody has touched for a month (an account's cart stays); returns how many. */
    @Transactional
    public int purgeAbandoned(Instant now) {
        return em.createNativeQuery("DELETE FROM cart WHERE account_id IS NULL AND updated_at < ?1")
                .setParameter(1, now.minus(ABANDONED)).executeUpdate();
    }

    @Scheduled(every = "${chophien.housekeeping.every}", delayed = "40s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeAbandoned(Instant.now());
    }

    /** Takes out what was just ordered. */
    @Transactional
    public void removeOrdered(Shopper shopper, Collection<Long> variantIds) {
        find(shopper).ifPresent(cart -> removeLines(cart, variantIds));
    }

    public List<CartLine> lines(Cart cart) {
        return em.createQuery("select l from CartLine l where l.cartId = :c order by l.addedAt, l.variantId",
                CartLine.class).setParameter("c", cart.id).getResultList();
    }

    /** The cart grouped into parcels at today's prices; shipping is priced once the destination province is known. */
    public CartView view(Optional<Cart> cart, String destinationProvince) {
        List<CartLine> lines = cart.map(this::lines).orElse(List.of());
        Map<Long, VariantForSale> forSale = catalog.variantsForSale(lines.stream().map(l -> l.variantId).toList());
        Map<Long, List<CartView.Line>> bySeller = new LinkedHashMap<>();
        Map<Long, VariantForSale> firstOfSeller = new LinkedHashMap<>();
        List<CartView.Line> unavailable = new ArrayList<>();
        // a product sold ahead of its harvest has no stock yet: the expected harvest limits it, checked at checkout
        Set<Long> ahead = preorders.preorderable(forSale.values().stream().map(VariantForSale::productId).toList());
        for (CartLine line : lines) {
            VariantForSale v = forSale.get(line.variantId);
            if (v == null) {
                unavailable.add(new CartView.Line(line.variantId, null, null, null, 0, line.quantity, 0, 0));
                continue;
            }
            firstOfSeller.putIfAbsent(v.sellerId(), v);
            bySeller.computeIfAbsent(v.sellerId(), s -> new ArrayList<>())
                    .add(new CartView.Line(v.variantId(), v.productName(), v.productSlug(), v.label(), v.priceVnd(),
                            line.quantity, v.priceVnd() * line.quantity,
                            ahead.contains(v.productId()) ? Integer.MAX_VALUE : v.stock()));
        }
        List<CartView.Parcel> parcels = new ArrayList<>();
        long goods = 0;
        long fees = 0;
        int items = 0;
        for (Map.Entry<Long, List<CartView.Line>> group : bySeller.entrySet()) {
            VariantForSale first = firstOfSeller.get(group.getKey());
            long parcelGoods = group.getValue().stream().mapToLong(CartView.Line::totalVnd).sum();
            long weight = group.getValue().stream()
                    .mapToLong(l -> Math.multiplyExact((long) forSale.get(l.variantId()).weightGrams(), l.quantity()))
                    .reduce(0, Math::addExact);
            Long fee = destinationProvince == null
                    ? null
                    : shipping.fee(shipping.route(first.sellerProvinceCode(), destinationProvince), weight);
            parcels.add(new CartView.Parcel(group.getKey(), first.sellerName(), group.getValue(), parcelGoods, weight,
                    fee));
            goods += parcelGoods;
            fees += fee == null ? 0 : fee;
            items += group.getValue().stream().mapToInt(CartView.Line::quantity).sum();
        }
        Long shippingTotal = destinationProvince == null ? null : fees;
        return new CartView(parcels, unavailable, items, goods, shippingTotal,
                shippingTotal == null ? null : goods + shippingTotal, destinationProvince);
    }

    private void put(Cart cart, long variantId, int quantity, boolean adding) {
        CartLine.Key key = new CartLine.Key();
        key.cartId = cart.id;
        key.variantId = variantId;
        CartLine line = em.find(CartLine.class, key);
        if (line == null) {
            if (lines(cart).size() >= MAX_LINES) {
                throw new ProblemException(409, "cart-full", MAX_LINES);
            }
            line = new CartLine();
            line.cartId = cart.id;
            line.variantId = variantId;
            line.addedAt = Instant.now();
            line.quantity = Math.min(MAX_QUANTITY, quantity);
            em.persist(line);
        } else {
            line.quantity = Math.min(MAX_QUANTITY, adding ? line.quantity + quantity : quantity);
        }
        cart.updatedAt = Instant.now();
    }

    private void removeLines(Cart cart, Collection<Long> variantIds) {
        if (!variantIds.isEmpty()) {
            em.createQuery("delete from CartLine l where l.cartId = :c and l.variantId in :v")
                    .setParameter("c", cart.id).setParameter("v", variantIds).executeUpdate();
            cart.updatedAt = Instant.now();
        }
    }

    private Cart create(Long accountId, String token) {
        Cart cart = new Cart();
        cart.accountId = accountId;
        cart.cookieToken = token;
        cart.updatedAt = Instant.now();
        em.persist(cart);
        return cart;
    }

    private Optional<Cart> byToken(String token) {
        return em.createQuery("select c from Cart c where c.cookieToken = :t", Cart.class).setParameter("t", token)
                .getResultList().stream().findFirst();
    }

    private Optional<Cart> byAccount(long accountId) {
        return em.createQuery("select c from Cart c where c.accountId = :a", Cart.class).setParameter("a", accountId)
                .getResultList().stream().findFirst();
    }

    private static void checkQuantity(int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw ProblemException.invalidField("quantity", "quantity-out-of-range", MAX_QUANTITY);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
