package vn.chophien.order;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import vn.chophien.catalog.Stock;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/**
 * The post office's moves on parcels: pick up, hand on, deliver, return; and the seller's confirmation that a
 * returned parcel is sellable again. The state machine and timeline stay here, in the order feature; the post office
 * decides who may act (its own communes) and keeps its own record of each parcel.
 */
@ApplicationScoped
public class PostalOrders {

    private final EntityManager em;
    private final OrderService orders;
    private final OrderMapper mapper;
    private final Shipping shipping;
    private final Stock stock;
    private final Clock clock;

    PostalOrders(EntityManager em, OrderService orders, OrderMapper mapper, Shipping shipping, Stock stock,
            Clock clock) {
        this.em = em;
        this.orders = orders;
        this.mapper = mapper;
        this.shipping = shipping;
        this.stock = stock;
        this.clock = clock;
    }

    /** Parcels shipping from these communes, optionally of one status, oldest first (the order of a round). */
    public List<PostalParcel> from(Collection<String> communes, SellerOrderStatus status, int page, int size) {
        if (communes.isEmpty()) {
            return List.of();
        }
        return query("select p from SellerOrder p join fetch p.order", communes, status, " order by p.createdAt, p.id",
                SellerOrder.class).setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(this::view).toList();
    }

    public long countFrom(Collection<String> communes, SellerOrderStatus status) {
        if (communes.isEmpty()) {
            return 0;
        }
        return query("select count(p) from SellerOrder p", communes, status, "", Long.class).getSingleResult();
    }

    /** Any parcel, for the post office, which checks itself whether it may see it; 404 when there is none. */
    public PostalParcel parcel(long id) {
        return view(find(id));
    }

    /** The account of the buyer of a parcel's order; empty for an order placed on a partner channel. */
    public Optional<Long> buyerOf(long id) {
        return Optional.ofNullable(find(id).order.buyerId);
    }

    /** Several parcels by id, in the order asked; unknown ids are left out. */
    public List<PostalParcel> parcels(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SellerOrder> found = new LinkedHashMap<>();
        em.createQuery("select p from SellerOrder p join fetch p.order where p.id in :ids", SellerOrder.class)
                .setParameter("ids", ids).getResultList().forEach(p -> found.put(p.id, p));
        return ids.stream().filter(found::containsKey).map(id -> view(found.get(id))).toList();
    }

    /** A parcel by its code ("CPK7Q3X9MD-1"), as written on the seller's packing slip. */
    public Optional<PostalParcel> byCode(String code) {
        return em.createQuery("select p from SellerOrder p where p.code = :code", SellerOrder.class)
                .setParameter("code", code).getResultList().stream().findFirst().map(this::view);
    }

    /**
     * Locks the parcel's row for a move, before anything else of it is read: two phones acting on one parcel then
     * take turns, and the second finds the parcel already moved (a 409) instead of both deadlocking on its row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockForMove(long id) {
        // A locking read sees the latest committed row, and loads it as the entity this transaction then moves.
        // Native SQL: Hibernate's MySQL dialect writes "FOR UPDATE OF <alias>", which MariaDB refuses.
        if (em.createNativeQuery("SELECT * FROM seller_order WHERE id = ?1 FOR UPDATE", SellerOrder.class)
                .setParameter(1, id).getResultList().isEmpty()) {
            throw new ProblemException(404, "not-found");
        }
    }

    /** The post office takes the parcel: from now on the buyer can no longer cancel it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostalParcel.PickedUp pickUp(long id, PostalParcel.Actor actor, int weighedGrams) {
        SellerOrder parcel = find(id);
        orders.move(parcel, SellerOrderStatus.PICKED_UP, actor.accountId(), actor.role(), actor.officeName(), null,
                clock.instant());
        long atWeighed = shipping.fee(Shipping.Route.valueOf(parcel.route), weighedGrams);
        return new PostalParcel.PickedUp(view(parcel), weighedGrams, atWeighed);
    }

    /** The parcel leaves the office on its way to the buyer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostalParcel handOn(long id, PostalParcel.Actor actor) {
        SellerOrder parcel = find(id);
        orders.move(parcel, SellerOrderStatus.IN_TRANSIT, actor.accountId(), actor.role(), actor.officeName(), null,
                clock.instant());
        return view(parcel);
    }

    /**
     * The buyer has the parcel. Cash on delivery is then collected: once every parcel of the order that was not
     * cancelled or returned is delivered, the order is paid (before that, partly collected).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostalParcel deliver(long id, PostalParcel.Actor actor) {
        SellerOrder parcel = find(id);
        Instant now = clock.instant();
        orders.move(parcel, SellerOrderStatus.DELIVERED, actor.accountId(), actor.role(), actor.officeName(), null,
                now);
        Order order = parcel.order;
        boolean allDone = order.sellerOrders.stream().allMatch(p -> p.status.next().isEmpty());
        if (order.paymentMethod == PaymentMethod.COD) {
            order.paymentStatus = allDone ? PaymentStatus.PAID : PaymentStatus.COD_COLLECTED;
            order.paidAt = allDone ? now : null;
        }
        if (allDone) {
            order.status = OrderStatus.COMPLETED;
        }
        return view(parcel);
    }

    /**
     * The parcel goes back to its seller, with the reason the buyer and seller read. Its stock returns only when the
     * seller confirms it is sellable ({@link #restock}); a prepaid parcel owes the buyer a refund.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PostalParcel returnToSeller(long id, PostalParcel.Actor actor, String reason) {
        SellerOrder parcel = find(id);
        Instant now = clock.instant();
        orders.move(parcel, SellerOrderStatus.RETURNED, actor.accountId(), actor.role(), actor.officeName(),
                Text.clean(reason), now);
        Order order = parcel.order;
        if (order.paymentStatus == PaymentStatus.PAID) {
            order.paymentStatus = PaymentStatus.REFUND_DUE;
        }
        if (order.sellerOrders.stream().allMatch(p -> p.status.next().isEmpty())) {
            order.status = OrderStatus.COMPLETED;
            boolean nothingDelivered = order.sellerOrders.stream()
                    .noneMatch(p -> p.status == SellerOrderStatus.DELIVERED);
            if (order.paymentMethod == PaymentMethod.COD && nothingDelivered) {
                order.paymentStatus = PaymentStatus.CANCELLED;
            } else if (order.paymentStatus == PaymentStatus.COD_COLLECTED) {
                order.paymentStatus = PaymentStatus.PAID;
                order.paidAt = now;
            }
        }
        return view(parcel);
    }

    /** The seller has the returned parcel back and it can be sold again: its stock goes back on sale, once. */
    @Transactional
    public SellerOrder restock(long sellerAccountId, long parcelId) {
        SellerOrder parcel = orders.sellersParcel(sellerAccountId, parcelId);
        if (parcel.status != SellerOrderStatus.RETURNED) {
            throw new ProblemException(409, "not-returned");
        }
        if (parcel.restockedAt != null) {
            throw new ProblemException(409, "already-restocked");
        }
        parcel.restockedAt = clock.instant();
        parcel.restockedBy = sellerAccountId;
        Map<Long, Integer> back = new LinkedHashMap<>();
        parcel.lines.forEach(l -> back.merge(l.variantId, l.quantity, Integer::sum));
        em.flush(); // the parcel's version is checked before any stock moves: two taps restock once
        stock.release(back);
        return parcel;
    }

    private SellerOrder find(long id) {
        SellerOrder parcel = em.find(SellerOrder.class, id);
        if (parcel == null) {
            throw new ProblemException(404, "not-found");
        }
        return parcel;
    }

    private <T> TypedQuery<T> query(String select, Collection<String> communes, SellerOrderStatus status, String order,
            Class<T> type) {
        TypedQuery<T> query = em
                .createQuery(select + " where p.fromCommuneCode in :communes"
                        + (status == null ? "" : " and p.status = :status") + order, type)
                .setParameter("communes", communes);
        return status == null ? query : query.setParameter("status", status);
    }

    private PostalParcel view(SellerOrder p) {
        Order o = p.order;
        return new PostalParcel(p.id, p.code, o.id, o.code, p.sellerId, p.fromCommuneCode, p.status, p.goodsVnd,
                p.shippingVnd, p.weightGrams, o.paymentMethod, o.paymentStatus, OrderMapper.codDue(p), mapper.shipTo(o),
                OrderMapper.lines(p), OrderMapper.timeline(p), p.createdAt);
    }
}
