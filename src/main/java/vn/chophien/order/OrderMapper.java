package vn.chophien.order;

import java.util.List;

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

    OrderMapper(PlaceService places, CatalogService catalog, Payments payments) {
        this.places = places;
        this.catalog = catalog;
        this.payments = payments;
    }

    public OrderViews.OrderView view(Order o) {
        List<OrderViews.SellerOrderView> parcels = o.sellerOrders.stream()
                .map(p -> new OrderViews.SellerOrderView(p.id, p.code, p.sellerId, catalog.seller(p.sellerId).name,
                        p.status, p.goodsVnd, p.shippingVnd, p.weightGrams, p.cancelReason, lines(p), timeline(p)))
                .toList();
        return new OrderViews.OrderView(o.id, o.code, o.status, o.goodsVnd, o.shippingVnd, o.totalVnd, shipTo(o),
                parcels, payments.view(o), o.createdAt);
    }

    public OrderViews.ParcelView parcel(SellerOrder p) {
        Order o = p.order;
        long cod = o.paymentMethod == PaymentMethod.COD ? p.goodsVnd + p.shippingVnd : 0;
        return new OrderViews.ParcelView(p.id, p.code, o.code, o.channel, o.externalRef, p.status, p.goodsVnd,
                p.shippingVnd, p.weightGrams, shipTo(o), o.paymentMethod, o.paymentStatus, cod, p.cancelReason,
                lines(p), timeline(p), p.createdAt);
    }

    private OrderViews.ShipToView shipTo(Order o) {
        Commune commune = places.commune(o.shipCommuneCode).orElseThrow();
        return new OrderViews.ShipToView(o.shipName, o.shipPhone, o.shipLine1, commune.code(), commune.name(),
                places.province(commune.provinceCode()).orElseThrow().name());
    }

    private static List<OrderViews.LineView> lines(SellerOrder p) {
        return p.lines.stream().map(l -> new OrderViews.LineView(l.variantId, l.productId, l.productName,
                l.variantLabel, l.unitPriceVnd, l.quantity, l.totalVnd())).toList();
    }

    private static List<OrderViews.EventView> timeline(SellerOrder p) {
        return p.events.stream().map(e -> new OrderViews.EventView(e.at, e.toStatus, e.actorRole, e.reason)).toList();
    }
}
