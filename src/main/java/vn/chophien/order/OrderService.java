package vn.chophien.order;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    private final EntityManager em;
    private final CatalogService catalog;
    private final Stock stock;
    private final PlaceService places;
    private final Shipping shipping;
    private final OrderConfig config;
    private final Payments payments;
    private final OrderNotices notices;

    OrderService(EntityManager em, CatalogService catalog, Stock stock, PlaceService places, Shipping shipping,
            OrderConfig config, Payments payments, OrderNotices notices) {
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
        Map<Long, Integer> quantities = quantities(request);
        Map<Long, VariantForSale> forSale = catalog.variantsForSale(quantities.keySet());
        for (int i = 0; i < request.lines().size(); i++) {
            if (!forSale.containsKey(request.lines().get(i).variantId())) {
                throw ProblemException.invalidField("lines[" + i + "].variantId", "variant-not-for-sale");
            }
        }
        Commune destination = places.commune(request.shipTo().communeCode())
                .orElseThrow(() -> ProblemException.invalidField("shipTo.communeCode", "unknown-commune"));
        if (request.paymentMethod() == PaymentMethod.VIETQR && !payments.vietQrOffered()) {
            throw ProblemException.invalidField("paymentMethod", "vietqr-unavailable");
        }

        Instant now = Instant.now();
        Order order = new Order();
        order.code = newCode();
        order.buyerId = buyerId;
        order.status = OrderStatus.PLACED;
        order.shipName = Text.clean(request.shipTo().name());
        order.shipPhone = PhoneNumber.normalise(request.shipTo().phone()).orElseThrow();
        order.shipLine1 = Text.clean(request.shipTo().line1());
        order.shipCommuneCode = destination.code();
        order.shipProvinceCode = destination.provinceCode();
        order.paymentMethod = request.paymentMethod();
        order.paymentStatus = request.paymentMethod() == PaymentMethod.COD
                ? PaymentStatus.COD_PENDING
                : PaymentStatus.AWAITING_PAYMENT;
        order.paymentDueAt = request.paymentMethod() == PaymentMethod.VIETQR ? now.plus(config.unpaidTimeout()) : null;
        order.createdAt = now;

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
            bought.unitPriceVnd = v.priceVnd();
            bought.unitWeightGrams = v.weightGrams();
            bought.quantity = line.getValue();
            parcel.lines.add(bought);
            parcel.goodsVnd += bought.totalVnd();
            parcel.weightGrams += v.weightGrams() * line.getValue();
        }
        for (SellerOrder parcel : parcels.values()) {
            parcel.shippingVnd = shipping.fee(Shipping.Route.valueOf(parcel.route), parcel.weightGrams);
            order.goodsVnd += parcel.goodsVnd;
            order.shippingVnd += parcel.shippingVnd;
            record(parcel, null, SellerOrderStatus.PLACED, buyerId, BUYER, null, now);
        }
        order.totalVnd = order.goodsVnd + order.shippingVnd;
        em.persist(order);
        order.sellerOrders.forEach(notices::parcelPlaced);
        em.flush();
        beforeStock.accept(order);
        stock.reserve(quantities); // last: the popular rows stay locked only until the commit that follows
        return order;
    }

    public Order buyersOrder(long buyerId, long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order == null || order.buyerId != buyerId) {
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

    /** Money for an order has arrived (an ADMIN confirmed it, or a matching bank transfer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markPaid(Order order, Instant at) {
        if (order.paymentStatus != PaymentStatus.AWAITING_PAYMENT) {
            throw new ProblemException(409, "order-not-awaiting-payment");
        }
        order.paymentStatus = PaymentStatus.PAID;
        order.paidAt = at;
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
