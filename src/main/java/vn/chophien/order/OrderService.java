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
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
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

    OrderService(EntityManager em, CatalogService catalog, Stock stock, PlaceService places, Shipping shipping,
            OrderConfig config, Payments payments, OrderNotices notices, AccountService accounts) {
        this.accounts = accounts;
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
        if (expectedTotalVnd != null && expectedTotalVnd != order.totalVnd) {
            // Prices or shipping changed since the buyer was shown a total: they confirm the new one first.
            throw new ProblemException(409, "total-changed", expectedTotalVnd, order.totalVnd)
                    .with("expectedTotalVnd", expectedTotalVnd).with("totalVnd", order.totalVnd);
        }
        em.persist(order);
        order.sellerOrders.forEach(notices::parcelPlaced);
        em.flush();
        beforeStock.accept(order);
        stock.reserve(quantities); // last: the popular rows stay locked only until the commit that follows
        return order;
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
        List<Shortage> shortages = new ArrayList<>();
        quantities.forEach((id, wanted) -> {
            VariantForSale v = forSale.get(id);
            if (v != null && v.stock() < wanted) {
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
        move(parcel, SellerOrderStatus.CONFIRMED, accountId, SELLER, null, Instant.now());
        return parcel;
    }

    @Transactional
    public SellerOrder ready(long accountId, long parcelId) {
        SellerOrder parcel = sellersParcel(accountId, parcelId);
        move(parcel, SellerOrderStatus.READY_FOR_PICKUP, accountId, SELLER, null, Instant.now());
        return parcel;
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
        if (parcel == null || parcel.status != SellerOrderStatus.PLACED
                || parcel.order.paymentMethod != PaymentMethod.COD || !parcel.createdAt.isBefore(createdBefore)) {
            return false;
        }
        cancel(parcel, null, SYSTEM, "not-confirmed", now);
        return true;
    }

    /** Ids of cash-on-delivery parcels still unconfirmed that were placed before the given time, oldest first. */
    public List<Long> unconfirmedCodBefore(Instant createdBefore, int limit) {
        return em
                .createQuery("select p.id from SellerOrder p where p.status = :placed and p.createdAt < :before"
                        + " and p.order.paymentMethod = :cod order by p.createdAt", Long.class)
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
        parcel.lines.forEach(l -> back.merge(l.variantId, l.quantity, Integer::sum));
        em.flush(); // the parcel's version is checked before any stock moves
        stock.release(back);
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

    private SellerOrderEvent record(SellerOrder parcel, SellerOrderStatus from, SellerOrderStatus to, Long actorId,
            String role, String reason, Instant now) {
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
