package vn.chophien.order;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.AccountService;
import vn.chophien.account.PhoneNumber;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Shortage;
import vn.chophien.catalog.Stock;
import vn.chophien.catalog.VariantForSale;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/**
 * Checkout and the life of orders. Placing an order writes the order, its parcels and their first event, then takes
 * the stock last, so the rows every buyer of a popular box competes for are locked for the shortest time; a line
 * that is short rolls the whole order back. Cancelling before pickup gives the stock back in the same transaction.
 */
@ApplicationScoped
public class OrderService {

    /** No 0/O, 1/I/L: a code read out over the phone or typed into a bank transfer still matches. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String BUYER = "BUYER";
    static final String SELLER = "SELLER";
    static final String SYSTEM = "SYSTEM";
    static final String POSTAL_STAFF = "POSTAL_STAFF";
    /** A carrier's report moved the parcel: no account acted. */
    static final String CARRIER = "CARRIER";

    private final EntityManager em;
    private final CatalogService catalog;
    private final Stock stock;
    private final PlaceService places;
    private final Shipping shipping;
    private final OrderConfig config;
    private final Payments payments;
    private final OrderNotices notices;
    private final AccountService accounts;
    private final Event<ParcelStatusChanged> statusChanged;
    private final Preorders preorders;

    OrderService(EntityManager em, CatalogService catalog, Stock stock, PlaceService places, Shipping shipping,
            OrderConfig config, Payments payments, OrderNotices notices, AccountService accounts,
            Event<ParcelStatusChanged> statusChanged, Preorders preorders) {
        this.preorders = preorders;
        this.accounts = accounts;
        this.statusChanged = statusChanged;
        this.em = em;
        this.catalog = catalog;
        this.stock = stock;
        this.places = places;
        this.shipping = shipping;
        this.config = config;
        this.payments = payments;
        this.notices = notices;
    }

    @Transactional
    public Order placeOrder(long buyerId, OrderRequests.PlaceOrder request) {
        return placeOrder(buyerId, request, order -> {
        });
    }

    /**
     * Places an order; {@code beforeStock} sees it complete (ids, totals) just before the stock is taken, so what it
     * does (writing the answer a retry will get) happens before the popular rows are locked, not while they are.
     */
    @Transactional
    public Order placeOrder(long buyerId, OrderRequests.PlaceOrder request, Consumer<Order> beforeStock) {
        if (request.paymentMethod() == PaymentMethod.CHANNEL) {
            throw ProblemException.invalidField("paymentMethod", "payment-method-unavailable");
        }
        if (request.paymentMethod() == PaymentMethod.VIETQR && !payments.vietQrOffered()) {
            throw ProblemException.invalidField("paymentMethod", "vietqr-unavailable");
        }
        checkOpenOrders(buyerId, request.paymentMethod());
        Map<Long, Integer> quantities = quantities(request);
        Order order = newOrder(buyerId, Order.STOREFRONT, null, request.shipTo(), request.paymentMethod());
        return place(order, request.lines().stream().map(OrderRequests.Line::variantId).toList(), quantities, Map.of(),
                BUYER, request.expectedTotalVnd(), beforeStock);
    }

    /**
     * Places an order a partner channel took from its customer, at the channel's prices, exactly like a storefront
     * order otherwise: the same parcels, the same stock taken in this transaction (409 when short, and then nothing is
     * kept). The caller makes sure the same channel order is placed once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderViews.Placed placeChannelOrder(OrderRequests.PlaceChannelOrder request) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        Map<Long, Long> prices = new LinkedHashMap<>();
        for (OrderRequests.ChannelLine line : request.lines()) {
            quantities.merge(line.variantId(), line.quantity(), Integer::sum);
            prices.putIfAbsent(line.variantId(), line.unitPriceVnd());
        }
        Order order = newOrder(null, request.channel(), request.externalRef(), request.shipTo(),
                request.paymentMethod());
        place(order, request.lines().stream().map(OrderRequests.ChannelLine::variantId).toList(), quantities, prices,
                request.channel(), null, o -> {
                });
        return new OrderViews.Placed(order.id, order.code, order.totalVnd);
    }

    private Order newOrder(Long buyerId, String channel, String externalRef, OrderRequests.ShipTo shipTo,
            PaymentMethod method) {
        Commune destination = places.commune(shipTo.communeCode())
                .orElseThrow(() -> ProblemException.invalidField("shipTo.communeCode", "unknown-commune"));
        Instant now = Instant.now();
        Order order = new Order();
        order.code = newCode();
        order.channel = channel;
        order.externalRef = externalRef;
        order.buyerId = buyerId;
        order.status = OrderStatus.PLACED;
        order.shipName = Text.clean(shipTo.name());
        order.shipPhone = PhoneNumber.normalise(shipTo.phone())
                .orElseThrow(() -> ProblemException.invalidField("shipTo.phone", "invalid-value"));
        order.shipLine1 = Text.clean(shipTo.line1());
        order.shipCommuneCode = destination.code();
        order.shipProvinceCode = destination.provinceCode();
        order.paymentMethod = method;
        order.paymentStatus = switch (method) {
            case COD -> PaymentStatus.COD_PENDING;
            case VIETQR -> PaymentStatus.AWAITING_PAYMENT;
            case CHANNEL -> PaymentStatus.PAID;
        };
        order.paymentDueAt = method == PaymentMethod.VIETQR ? now.plus(config.unpaidTimeout()) : null;
        order.paidAt = method == PaymentMethod.CHANNEL ? now : null;
        order.createdAt = now;
        return order;
    }

    /**
     * Fills the order with its parcels and lines (at today's prices, or the ones given), writes it, and takes the
     * stock last, so the rows every buyer of a popular box competes for are locked for the shortest time.
     */
    private Order place(Order order, List<Long> asked, Map<Long, Integer> quantities, Map<Long, Long> prices,
            String actorRole, Long expectedTotalVnd, Consumer<Order> beforeStock) {
        Map<Long, VariantForSale> forSale = catalog.variantsForSale(quantities.keySet());
        for (int i = 0; i < asked.size(); i++) {
            if (!forSale.containsKey(asked.get(i))) {
                throw ProblemException.invalidField("lines[" + i + "].variantId", "variant-not-for-sale");
            }
        }
        Instant now = order.createdAt;
        Set<Long> ahead = preorders
                .preorderable(forSale.values().stream().map(VariantForSale::productId).collect(Collectors.toSet()));
        Map<Long, Integer> fromStock = new LinkedHashMap<>();
        Map<Long, SellerOrder> parcels = new LinkedHashMap<>();
        for (Map.Entry<Long, Integer> line : quantities.entrySet()) {
            VariantForSale v = forSale.get(line.getKey());
            SellerOrder parcel = parcels.computeIfAbsent(v.sellerId(), seller -> newParcel(order, v, now));
            OrderLine bought = new OrderLine();
            bought.sellerOrder = parcel;
            bought.position = parcel.lines.size();
            bought.variantId = v.variantId();
            bought.productId = v.productId();
            bought.productName = v.productName();
            bought.variantLabel = v.label();
            bought.unitPriceVnd = prices.getOrDefault(v.variantId(), v.priceVnd());
            bought.unitWeightGrams = v.weightGrams();
            bought.quantity = line.getValue();
            bought.preorder = ahead.contains(v.productId());
            if (bought.preorder) {
                holdForHarvest(parcel, v.productId());
            } else {
                fromStock.put(line.getKey(), line.getValue());
            }
            parcel.lines.add(bought);
            parcel.goodsVnd = Math.addExact(parcel.goodsVnd, bought.totalVnd());
            parcel.weightGrams = Math.addExact(parcel.weightGrams,
                    Math.multiplyExact((long) v.weightGrams(), line.getValue()));
        }
        for (SellerOrder parcel : parcels.values()) {
            parcel.shippingVnd = shipping.fee(Shipping.Route.valueOf(parcel.route), parcel.weightGrams);
            order.goodsVnd = Math.addExact(order.goodsVnd, parcel.goodsVnd);
            order.shippingVnd = Math.addExact(order.shippingVnd, parcel.shippingVnd);
            record(parcel, null, SellerOrderStatus.PLACED, order.buyerId, actorRole, null, now);
        }
        order.totalVnd = Math.addExact(order.goodsVnd, order.shippingVnd);
        Map<Long, Long> promising = promising(order);
        // before any line is written: a pre-order waits here for others of its product, never the other way round
        Map<Long, Long> allowances = promising.isEmpty() ? Map.of() : preorders.holdAllowances(promising.keySet());
        if (expectedTotalVnd != null && expectedTotalVnd != order.totalVnd) {
            // Prices or shipping changed since the buyer was shown a total: they confirm the new one first.
            throw new ProblemException(409, "total-changed", expectedTotalVnd, order.totalVnd)
                    .with("expectedTotalVnd", expectedTotalVnd).with("totalVnd", order.totalVnd);
        }
        em.persist(order);
        order.sellerOrders.forEach(notices::parcelPlaced);
        em.flush();
        beforeStock.accept(order);
        checkPromises(promising, allowances);
        if (!fromStock.isEmpty()) {
            stock.reserve(fromStock); // last: the popular rows stay locked only until the commit that follows
        }
        return order;
    }

    /**
     * A parcel with a pre-order waits for that product's harvest; one harvest releases it, so a parcel waits for one
     * product only (two would leave it half-filled when one harvest falls short).
     */
    private static void holdForHarvest(SellerOrder parcel, long productId) {
        boolean otherProduct = parcel.lines.stream().anyMatch(l -> l.preorder && l.productId != productId);
        if (otherProduct) {
            throw new ProblemException(409, "preorder-one-product");
        }
        parcel.heldForHarvest = true;
    }

    /**
     * Pre-orders never promise more than the seller expects to harvest: the product's allowance is locked (so the
     * harvest and other pre-orders wait), then everything promised so far, this order included, is counted afresh.
     */
    private void checkPromises(Map<Long, Long> asked, Map<Long, Long> allowances) {
        for (Map.Entry<Long, Long> product : asked.entrySet()) {
            Long allowance = allowances.get(product.getKey());
            if (allowance == null) {
                throw new ProblemException(409, "preorder-closed").with("productId", product.getKey());
            }
            long promised = promisedGrams(product.getKey());
            if (promised > allowance) {
                long left = Math.max(0, allowance - (promised - product.getValue()));
                throw new ProblemException(409, "preorder-beyond-expected", left / 1000.0)
                        .with("productId", product.getKey()).with("availableGrams", left);
            }
        }
    }

    /** Grams of each product the order pre-orders. */
    private static Map<Long, Long> promising(Order order) {
        Map<Long, Long> asked = new TreeMap<>();
        order.sellerOrders.stream().flatMap(p -> p.lines.stream()).filter(l -> l.preorder)
                .forEach(l -> asked.merge(l.productId, l.weightGrams(), Long::sum));
        return asked;
    }

    /** Grams promised by pre-orders of a product not cancelled. A locking read, so it sees what others committed. */
    private long promisedGrams(long productId) {
        Number grams = (Number) em
                .createNativeQuery("SELECT COALESCE(SUM(l.quantity * l.unit_weight_grams), 0)"
                        + " FROM order_line l JOIN seller_order p ON p.id = l.seller_order_id"
                        + " WHERE l.product_id = ?1 AND l.preorder AND p.status <> 'CANCELLED' LOCK IN SHARE MODE")
                .setParameter(1, productId).getSingleResult();
        return grams.longValue();
    }

    /** A parcel waiting for a harvest: how many grams of that product it asks for, and when it was placed. */
    public record HeldParcel(long parcelId, long grams, Instant placedAt) {
    }

    /**
     * The parcels waiting for this product's harvest, oldest first, locked until the caller's transaction ends; the
     * caller holds the product's allowance, so no new pre-order joins them meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<HeldParcel> heldFor(long productId) {
        // A locking read: it sees every pre-order committed before the caller took the allowance, and holds them.
        List<?> rows = em.createNativeQuery("SELECT p.id, l.quantity * l.unit_weight_grams, p.created_at"
                + " FROM seller_order p JOIN order_line l ON l.seller_order_id = p.id"
                + " WHERE l.product_id = ?1 AND l.preorder AND p.held_for_harvest AND p.status <> 'CANCELLED'"
                + " ORDER BY p.created_at, p.id FOR UPDATE").setParameter(1, productId).getResultList();
        Map<Long, HeldParcel> held = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            long id = ((Number) c[0]).longValue();
            long grams = ((Number) c[1]).longValue();
            held.merge(id, new HeldParcel(id, grams, toInstant(c[2])),
                    (a, b) -> new HeldParcel(id, a.grams() + b.grams(), a.placedAt()));
        }
        return List.copyOf(held.values());
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.time.LocalDateTime) value).toInstant(java.time.ZoneOffset.UTC);
    }

    /** The harvest covers this parcel: it is confirmed and ready for the post office, and its buyer is told. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void fillHeld(long parcelId, long sellerAccountId, Instant now) {
        SellerOrder parcel = em.find(SellerOrder.class, parcelId);
        parcel.heldForHarvest = false;
        if (parcel.status == SellerOrderStatus.PLACED) {
            move(parcel, SellerOrderStatus.CONFIRMED, sellerAccountId, SELLER, null, now);
        }
        move(parcel, SellerOrderStatus.READY_FOR_PICKUP, sellerAccountId, SELLER, null, now);
    }

    /**
     * The harvest falls short of this parcel: it is cancelled (its buyer told why), any stock its other lines took
     * returns, and money already paid for it is flagged as owed back. Returns that amount.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long cancelHeld(long parcelId, long sellerAccountId, String reason, Instant now) {
        SellerOrder parcel = em.find(SellerOrder.class, parcelId);
        boolean paid = parcel.order.paymentStatus == PaymentStatus.PAID;
        parcel.heldForHarvest = false;
        cancel(parcel, sellerAccountId, SELLER, reason, now);
        if (paid) {
            parcel.refundDueVnd = Math.addExact(parcel.goodsVnd, parcel.shippingVnd);
        }
        notices.preorderShort(parcel);
        return parcel.refundDueVnd;
    }

    /** Which of these sellers have had at least one order, from any channel: who went on to sell. */
    public Set<Long> sellersWithOrders(Collection<Long> sellerIds) {
        if (sellerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("select distinct so.sellerId from SellerOrder so where so.sellerId in :ids", Long.class)
                        .setParameter("ids", sellerIds).getResultList());
    }

    public Order buyersOrder(long buyerId, long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.buyerId == null || order.buyerId != buyerId) {
            throw new ProblemException(404, "not-found");
        }
        return order;
    }

    public Order byCode(String code) {
        return findByCode(code).orElseThrow(() -> new ProblemException(404, "not-found"));
    }

    public Optional<Order> findByCode(String code) {
        return em.createQuery("select o from Order o where o.code = :code", Order.class).setParameter("code", code)
                .getResultList().stream().findFirst();
    }

    /** Any order, for ADMINs and features that already checked who asks. */
    public Order anyOrder(long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null) {
            throw new ProblemException(404, "not-found");
        }
        return order;
    }

    /**
     * Refuses at once what the stock cannot cover as it stands now, before anything is written or locked: in a rush
     * for the last boxes most buyers are turned away here, without queueing for the row the others are buying. Only a
     * shortcut: the conditional update at the end of {@link #placeOrder} still decides.
     */
    public void checkAvailable(OrderRequests.PlaceOrder request) {
        Map<Long, Integer> quantities = quantities(request);
        Map<Long, VariantForSale> forSale = catalog.variantsForSale(quantities.keySet());
        Set<Long> ahead = preorders
                .preorderable(forSale.values().stream().map(VariantForSale::productId).collect(Collectors.toSet()));
        List<Shortage> shortages = new ArrayList<>();
        quantities.forEach((id, wanted) -> {
            VariantForSale v = forSale.get(id);
            if (v != null && !ahead.contains(v.productId()) && v.stock() < wanted) {
                shortages.add(new Shortage(id, wanted, v.stock()));
            }
        });
        if (!shortages.isEmpty()) {
            throw new ProblemException(409, "stock-short").with("shortages", shortages);
        }
    }

    /** How many of each pack size the order asks for, a pack size on several lines counted once. */
    private static Map<Long, Integer> quantities(OrderRequests.PlaceOrder request) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        request.lines().forEach(line -> quantities.merge(line.variantId(), line.quantity(), Integer::sum));
        return quantities;
    }

    /** The buyer's most recent order, to fill in the next checkout's address. */
    public Optional<Order> lastOrderOf(long buyerId) {
        return em.createQuery("select o from Order o where o.buyerId = :b order by o.createdAt desc, o.id desc",
                Order.class).setParameter("b", buyerId).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** A buyer's orders, newest first. */
    public List<Order> buyersOrders(long buyerId, int page, int size) {
        return em
                .createQuery("select o from Order o where o.buyerId = :b order by o.createdAt desc, o.id desc",
                        Order.class)
                .setParameter("b", buyerId).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public long countBuyersOrders(long buyerId) {
        return em.createQuery("select count(o) from Order o where o.buyerId = :b", Long.class)
                .setParameter("b", buyerId).getSingleResult();
    }

    /** The buyer changes their mind before any parcel has left: every parcel is cancelled and the stock returns. */
    @Transactional
    public Order cancelByBuyer(long buyerId, long orderId, String reason) {
        Order order = buyersOrder(buyerId, orderId);
        if (order.status != OrderStatus.PLACED || order.sellerOrders.stream()
                .anyMatch(p -> p.status != SellerOrderStatus.CANCELLED && !p.status.beforePickup())) {
            throw new ProblemException(409, "order-not-cancellable");
        }
        Instant now = Instant.now();
        for (SellerOrder parcel : order.sellerOrders) {
            if (parcel.status != SellerOrderStatus.CANCELLED) {
                cancel(parcel, buyerId, BUYER, reason == null || reason.isBlank() ? null : Text.clean(reason), now);
            }
        }
        return order;
    }

    /** A seller's parcels, newest first, optionally of one status. */
    public List<SellerOrder> sellersParcels(long accountId, SellerOrderStatus status, int page, int size) {
        long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        var query = em.createQuery(
                "select p from SellerOrder p join fetch p.order where p.sellerId = :s"
                        + (status == null ? "" : " and p.status = :status") + " order by p.createdAt desc, p.id desc",
                SellerOrder.class).setParameter("s", sellerId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    public SellerOrder sellersParcel(long accountId, long parcelId) {
        SellerOrder parcel = em.find(SellerOrder.class, parcelId);
        if (parcel == null || !catalog.sellerOf(accountId).map(id -> id == parcel.sellerId).orElse(false)) {
            throw new ProblemException(404, "not-found");
        }
        return parcel;
    }

    @Transactional
    public SellerOrder confirm(long accountId, long parcelId) {
        SellerOrder parcel = sellersParcel(accountId, parcelId);
        refuseWhileHeld(parcel);
        move(parcel, SellerOrderStatus.CONFIRMED, accountId, SELLER, null, Instant.now());
        return parcel;
    }

    @Transactional
    public SellerOrder ready(long accountId, long parcelId) {
        SellerOrder parcel = sellersParcel(accountId, parcelId);
        refuseWhileHeld(parcel);
        move(parcel, SellerOrderStatus.READY_FOR_PICKUP, accountId, SELLER, null, Instant.now());
        return parcel;
    }

    /** A pre-order ships when its harvest is recorded, which confirms it; not before. */
    private static void refuseWhileHeld(SellerOrder parcel) {
        if (parcel.heldForHarvest) {
            throw new ProblemException(409, "preorder-awaiting-harvest");
        }
    }

    @Transactional
    public SellerOrder cancelBySeller(long accountId, long parcelId, String reason) {
        SellerOrder parcel = sellersParcel(accountId, parcelId);
        cancel(parcel, accountId, SELLER, Text.clean(reason), Instant.now());
        return parcel;
    }

    /** What a transfer did to its order. */
    public enum PaymentOutcome {
        /** Less than was due: recorded, the order still waits for the rest. */
        PARTIAL,
        /** Exactly what was due: the order is paid. */
        EXACT,
        /** More than was due: the order is paid and the surplus is owed back. */
        SURPLUS
    }

    /**
     * Money for an order has arrived (a bank transfer, matched or assigned by an ADMIN). The order becomes PAID only
     * once what it received covers its total; anything beyond is flagged as owed back to the buyer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PaymentOutcome recordPayment(Order order, long amountVnd, Instant at) {
        if (order.paymentStatus != PaymentStatus.AWAITING_PAYMENT) {
            throw new ProblemException(409, "order-not-awaiting-payment");
        }
        order.paidVnd = Math.addExact(order.paidVnd, amountVnd);
        if (order.paidVnd < order.totalVnd) {
            return PaymentOutcome.PARTIAL;
        }
        order.paymentStatus = PaymentStatus.PAID;
        order.paidAt = at;
        order.surplusVnd = Math.subtractExact(order.paidVnd, order.totalVnd);
        return order.surplusVnd > 0 ? PaymentOutcome.SURPLUS : PaymentOutcome.EXACT;
    }

    /** An ADMIN saw the money arrive some other way (a statement, a call to the bank): who and why are kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirmPaid(Order order, long adminId, String reason, Instant at) {
        if (order.paymentStatus != PaymentStatus.AWAITING_PAYMENT) {
            throw new ProblemException(409, "order-not-awaiting-payment");
        }
        order.paymentStatus = PaymentStatus.PAID;
        order.paidAt = at;
        order.paidVnd = Math.max(order.paidVnd, order.totalVnd);
        order.paymentConfirmedBy = adminId;
        order.paymentConfirmation = Text.clean(reason);
    }

    /**
     * Cancels one cash-on-delivery parcel its seller left unconfirmed past its time; its stock returns. Skips it if it
     * was confirmed or cancelled meanwhile.
     */
    @Transactional
    public boolean expireIfUnconfirmed(long parcelId, Instant createdBefore, Instant now) {
        SellerOrder parcel = em.find(SellerOrder.class, parcelId);
        if (parcel == null || parcel.status != SellerOrderStatus.PLACED || parcel.heldForHarvest
                || parcel.order.paymentMethod != PaymentMethod.COD || !parcel.createdAt.isBefore(createdBefore)) {
            return false;
        }
        cancel(parcel, null, SYSTEM, "not-confirmed", now);
        return true;
    }

    /** Ids of cash-on-delivery parcels still unconfirmed that were placed before the given time, oldest first. */
    public List<Long> unconfirmedCodBefore(Instant createdBefore, int limit) {
        return em
                .createQuery(
                        "select p.id from SellerOrder p where p.status = :placed and p.createdAt < :before"
                                + " and p.heldForHarvest = false and p.order.paymentMethod = :cod order by p.createdAt",
                        Long.class)
                .setParameter("placed", SellerOrderStatus.PLACED).setParameter("before", createdBefore)
                .setParameter("cod", PaymentMethod.COD).setMaxResults(limit).getResultList();
    }

    /**
     * A buyer holds at most so many open cash-on-delivery orders and so many VietQR orders waiting for their
     * transfer: orders nobody pays for would otherwise hold stock others could buy. Counted under a lock on the buyer,
     * so parallel checkouts cannot all slip under the limit.
     */
    private void checkOpenOrders(long buyerId, PaymentMethod method) {
        accounts.holdForUpdate(buyerId);
        boolean cod = method == PaymentMethod.COD;
        long open = em
                .createQuery("select count(o) from Order o where o.buyerId = :b and o.paymentMethod = :m"
                        + " and o.status = :placed and o.paymentStatus = :s", Long.class)
                .setParameter("b", buyerId).setParameter("m", method).setParameter("placed", OrderStatus.PLACED)
                .setParameter("s", cod ? PaymentStatus.COD_PENDING : PaymentStatus.AWAITING_PAYMENT).getSingleResult();
        int limit = cod ? config.maxOpenCod() : config.maxUnpaidVietqr();
        if (open >= limit) {
            throw new ProblemException(409, "too-many-open-orders", limit, cod ? "COD" : "VietQR").with("limit", limit);
        }
    }

    /** Cancels one unpaid VietQR order whose time has passed; its stock returns. Skips it if it was paid meanwhile. */
    @Transactional
    public boolean expireIfUnpaid(long orderId, Instant now) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.paymentStatus != PaymentStatus.AWAITING_PAYMENT || order.paymentDueAt == null
                || order.paymentDueAt.isAfter(now)) {
            return false;
        }
        for (SellerOrder parcel : order.sellerOrders) {
            if (parcel.status.canBecome(SellerOrderStatus.CANCELLED)) {
                cancel(parcel, null, SYSTEM, "unpaid", now);
            }
        }
        return true;
    }

    /** Ids of unpaid VietQR orders past their time, oldest first. */
    public List<Long> overdueUnpaid(Instant now, int limit) {
        return em
                .createQuery("select o.id from Order o where o.paymentStatus = :awaiting and o.paymentDueAt <= :now"
                        + " order by o.paymentDueAt", Long.class)
                .setParameter("awaiting", PaymentStatus.AWAITING_PAYMENT).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    private void cancel(SellerOrder parcel, Long actorId, String role, String reason, Instant now) {
        move(parcel, SellerOrderStatus.CANCELLED, actorId, role, reason, now);
        parcel.cancelReason = reason;
        Map<Long, Integer> back = new LinkedHashMap<>();
        // a pre-order line took no stock, so none goes back
        parcel.lines.stream().filter(l -> !l.preorder).forEach(l -> back.merge(l.variantId, l.quantity, Integer::sum));
        em.flush(); // the parcel's version is checked before any stock moves
        if (!back.isEmpty()) {
            stock.release(back);
        }
        Order order = parcel.order;
        if (order.sellerOrders.stream().allMatch(p -> p.status == SellerOrderStatus.CANCELLED)) {
            order.status = OrderStatus.CANCELLED;
            order.paymentStatus = switch (order.paymentStatus) {
                case PAID -> PaymentStatus.REFUND_DUE;
                case AWAITING_PAYMENT, COD_PENDING -> PaymentStatus.CANCELLED;
                default -> order.paymentStatus;
            };
        }
    }

    private void move(SellerOrder parcel, SellerOrderStatus to, Long actorId, String role, String reason, Instant now) {
        move(parcel, to, actorId, role, null, reason, now);
    }

    /** Moves a parcel as the state machine allows (409 otherwise), records who and when, and tells those concerned. */
    void move(SellerOrder parcel, SellerOrderStatus to, Long actorId, String role, String actorName, String reason,
            Instant now) {
        if (!parcel.status.canBecome(to)) {
            throw new ProblemException(409, "transition-forbidden", parcel.status, to);
        }
        SellerOrderStatus from = parcel.status;
        parcel.status = to;
        parcel.updatedAt = now;
        record(parcel, from, to, actorId, role, reason, now).actorName = actorName;
        notices.parcelMoved(parcel, role);
    }

    /**
     * Records a parcel's placing or move: the one place every status a parcel takes passes through, whoever moved it
     * (buyer, seller, post office, carrier, channel), so the figures of sales are told of each here and only here.
     */
    private SellerOrderEvent record(SellerOrder parcel, SellerOrderStatus from, SellerOrderStatus to, Long actorId,
            String role, String reason, Instant now) {
        statusChanged
                .fire(new ParcelStatusChanged(parcel.sellerId, parcel.fromCommuneCode, parcel.order.channel,
                        parcel.order.createdAt, from, to,
                        parcel.lines.stream()
                                .map(l -> new ParcelStatusChanged.Line(l.productId, l.quantity,
                                        Math.multiplyExact((long) l.unitWeightGrams, l.quantity), l.totalVnd()))
                                .toList()));
        SellerOrderEvent event = new SellerOrderEvent();
        event.sellerOrder = parcel;
        event.fromStatus = from;
        event.toStatus = to;
        event.actorId = actorId;
        event.actorRole = role;
        event.reason = reason;
        event.at = now;
        parcel.events.add(event);
        return event;
    }

    private SellerOrder newParcel(Order order, VariantForSale first, Instant now) {
        SellerOrder parcel = new SellerOrder();
        parcel.order = order;
        parcel.sellerId = first.sellerId();
        parcel.sellerName = first.sellerName();
        parcel.fromCommuneCode = first.sellerCommuneCode();
        parcel.code = order.code + "-" + (order.sellerOrders.size() + 1);
        parcel.status = SellerOrderStatus.PLACED;
        parcel.route = shipping.route(first.sellerProvinceCode(), order.shipProvinceCode).name();
        parcel.createdAt = now;
        parcel.updatedAt = now;
        order.sellerOrders.add(parcel);
        return parcel;
    }

    private static String newCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return "CP" + new String(code);
    }
}
