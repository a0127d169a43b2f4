package vn.chophien.fulfillment.parcel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.chophien.catalog.CatalogService;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.remittance.ServiceFee;
import vn.chophien.notification.Notifications;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.PostalOrders;
import vn.chophien.order.PostalParcel;
import vn.chophien.order.SellerOrderStatus;
import vn.chophien.tracking.TrackingStatus;
import vn.chophien.tracking.carrier.ParcelFollower;

/**
 * A parcel and its order follow what the carrier reports. The first move on the road puts the order IN_TRANSIT; a
 * delivery closes it DELIVERED with the cash the carrier collected (a cash-on-delivery order becomes paid, and cash
 * other than what was due is flagged as at a counter); a return closes it RETURNED. Those moves tell buyer and seller
 * through the order's own notices; the steps between (out for delivery, a failed attempt, on the way back) are told
 * here, once per status.
 */
@ApplicationScoped
public class CarrierReports implements ParcelFollower {

    private final EntityManager em;
    private final PostalOrders orders;
    private final PostOfficeService offices;
    private final ParcelService parcels;
    private final ServiceFee fees;
    private final Notifications notifications;
    private final CatalogService catalog;
    private final Clock clock;

    CarrierReports(EntityManager em, PostalOrders orders, PostOfficeService offices, ParcelService parcels,
            ServiceFee fees, Notifications notifications, CatalogService catalog, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.orders = orders;
        this.offices = offices;
        this.parcels = parcels;
        this.fees = fees;
        this.notifications = notifications;
        this.catalog = catalog;
    }

    @Override
    public void follow(long parcelId, TrackingStatus status, Long codCollectedVnd, String carrierName, String note,
            Instant reportedAt) {
        Instant at = notAfterNow(reportedAt);
        orders.lockForMove(parcelId);
        PostalParcel p = orders.parcel(parcelId);
        Parcel parcel = em.find(Parcel.class, parcelId);
        PostalParcel.Actor carrier = PostalParcel.Actor.carrier(carrierName);
        boolean moved = switch (status) {
            case IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERY_FAILED, RETURNING -> {
                if (p.status() != SellerOrderStatus.PICKED_UP) {
                    yield false;
                }
                orders.handOn(parcelId, carrier);
                parcel.handedOnAt = at;
                yield status == TrackingStatus.IN_TRANSIT;
            }
            case DELIVERED -> {
                if (!p.status().canBecome(SellerOrderStatus.DELIVERED)) {
                    yield false;
                }
                orders.deliver(parcelId, carrier);
                boolean cod = p.paymentMethod() == PaymentMethod.COD;
                long collected = cod ? (codCollectedVnd == null ? parcel.codDueVnd : codCollectedVnd) : 0;
                parcel.delivered(collected, cod, fees.of(collected), null, at);
                parcels.flagMismatch(parcel, p, offices.office(parcel.postOfficeId));
                yield true;
            }
            case RETURNED -> {
                if (!p.status().canBecome(SellerOrderStatus.RETURNED)) {
                    yield false;
                }
                orders.returnToSeller(parcelId, carrier, note == null || note.isBlank() ? carrierName : note);
                parcel.returnReason = note;
                parcel.returnedAt = at;
                yield true;
            }
            default -> false;
        };
        if (!moved && status != TrackingStatus.PENDING && status != TrackingStatus.PICKED_UP) {
            tell(p, status);
        }
    }

    @Override
    public void codPaidOver(long parcelId, long amountVnd, Instant at) {
        Parcel parcel = em.find(Parcel.class, parcelId);
        if (parcel != null && parcel.carrierPaidAt == null) {
            parcel.carrierPaidVnd = amountVnd;
            parcel.carrierPaidAt = notAfterNow(at);
        }
    }

    /** A step the order's status does not show, told to the buyer and the seller's members once. */
    private void tell(PostalParcel p, TrackingStatus status) {
        List<String> args = List.of(p.code(), "@tracking." + status.name());
        orders.buyerOf(p.id())
                .ifPresent(buyer -> notifications.send(buyer, "parcel-tracking", args, "/orders/" + p.orderId()));
        for (long member : catalog.memberAccountIds(p.sellerId())) {
            notifications.send(member, "parcel-tracking", args, "/seller/orders/" + p.id());
        }
    }

    /**
     * A carrier's clock may run ahead of ours: the parcel's own dates are never later than when we learned them, so a
     * delivery reported "in a few seconds" still falls into the statement closed now.
     */
    private Instant notAfterNow(Instant reported) {
        Instant now = clock.instant();
        return reported.isAfter(now) ? now : reported;
    }
}
