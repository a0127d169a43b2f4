package vn.chophien.order;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.catalog.CatalogService;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;

/** Turns orders and parcels into what buyers and sellers are shown. */
@ApplicationScoped
public class OrderMapper {

    private final PlaceService places;
    private final CatalogService catalog;
    private final Payments payments;
    private final ParcelPostage postage;

    OrderMapper(PlaceService places, CatalogService catalog, Payments payments, ParcelPostage postage) {
        this.places = places;
        this.catalog = catalog;
        this.payments = payments;
        this.postage = postage;
    }

    public OrderViews.OrderView view(Order o) {
        return view(o, postage.of(o.sellerOrders.stream().map(p -> p.id).toList()),
                p -> catalog.seller(p.sellerId).name);
    }

    /** An order checkout has just written: nothing of it is posted yet, and its parcels carry their sellers' names. */
    public OrderViews.OrderView placed(Order o) {
        return view(o, Map.of(), p -> p.sellerName);
    }

    private OrderViews.OrderView view(Order o, Map<Long, ParcelPostage.Postage> posted,
            Function<SellerOrder, String> sellerName) {
        List<OrderViews.SellerOrderView> parcels = o.sellerOrders.stream().map(p -> {
            ParcelPostage.Postage post = posted.get(p.id);
            return new OrderViews.SellerOrderView(p.id, p.code, p.sellerId, sellerName.apply(p), p.status, p.goodsVnd,
                    p.shippingVnd, p.weightGrams, p.cancelReason, post == null ? null : post.trackingCode(),
                    post == null ? null : post.returnReason(), lines(p), timeline(p), p.heldForHarvest, p.refundDueVnd);
        }).toList();
        return new OrderViews.OrderView(o.id, o.code, o.status, o.goodsVnd, o.shippingVnd, o.totalVnd, shipTo(o),
                parcels, payments.view(o), o.createdAt);
    }

    public OrderViews.ParcelView parcel(SellerOrder p) {
        return parcels(List.of(p)).get(0);
    }

    /** Several parcels of a seller, their postage looked up at once. */
    public List<OrderViews.ParcelView> parcels(List<SellerOrder> parcels) {
        Map<Long, ParcelPostage.Postage> posted = postage.of(parcels.stream().map(p -> p.id).toList());
        return parcels.stream().map(p -> {
            ParcelPostage.Postage post = posted.get(p.id);
            Order o = p.order;
            return new OrderViews.ParcelView(p.id, p.code, o.code, o.channel, o.externalRef, p.status, p.goodsVnd,
                    p.shippingVnd, p.weightGrams, shipTo(o), o.paymentMethod, o.paymentStatus, codDue(p),
                    p.cancelReason, lines(p), timeline(p), p.createdAt,
                    post == null
                            ? null
                            : new OrderViews.PostageView(post.trackingCode(), post.weighedGrams(),
                                    post.shippingAdjustmentVnd(), post.codCollectedVnd(), post.cashMismatch(),
                                    post.returnReason()),
                    p.restockedAt);
        }).toList();
    }

    /** The cash to collect on delivery: the goods and the shipping the buyer was charged, or nothing if prepaid. */
    static long codDue(SellerOrder p) {
        return p.order.paymentMethod == PaymentMethod.COD ? Math.addExact(p.goodsVnd, p.shippingVnd) : 0;
    }

    OrderViews.ShipToView shipTo(Order o) {
        Commune commune = places.commune(o.shipCommuneCode).orElseThrow();
        return new OrderViews.ShipToView(o.shipName, o.shipPhone, o.shipLine1, commune.code(), commune.name(),
                places.province(commune.provinceCode()).orElseThrow().name());
    }

    static List<OrderViews.LineView> lines(SellerOrder p) {
        return p.lines.stream().map(l -> new OrderViews.LineView(l.variantId, l.productId, l.productName,
                l.variantLabel, l.unitPriceVnd, l.quantity, l.totalVnd(), l.preorder)).toList();
    }

    static List<OrderViews.EventView> timeline(SellerOrder p) {
        return p.events.stream()
                .map(e -> new OrderViews.EventView(e.at, e.toStatus, e.actorRole, e.actorName, e.reason)).toList();
    }
}
