package vn.chophien.fulfillment.parcel;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.AccountService;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.office.PostOfficeView;
import vn.chophien.fulfillment.remittance.ServiceFee;
import vn.chophien.notification.Notifications;
import vn.chophien.order.ParcelPostage;
import vn.chophien.order.PaymentMethod;
import vn.chophien.order.PostalOrders;
import vn.chophien.order.PostalParcel;
import vn.chophien.order.SellerOrderStatus;
import vn.chophien.tracking.NewTrackingEvent;
import vn.chophien.tracking.TrackingService;
import vn.chophien.tracking.TrackingSource;
import vn.chophien.tracking.TrackingStatus;
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;
import vn.chophien.web.ProblemException;

/**
 * What a post office's staff do with parcels: pick them up (weighed, given a tracking code), hand them on, deliver
 * them collecting the cash, or return them. Staff see exactly the parcels of their office: those shipping from the
 * communes it serves, and those it picked up; any other parcel does not exist for them (404, never 403). Every move
 * goes through the order feature (timeline, notices to buyer and seller) and into the public tracking.
 */
@ApplicationScoped
public class ParcelService implements ParcelPostage {

    private final EntityManager em;
    private final PostalOrders orders;
    private final PostOfficeService offices;
    private final TrackingCodes codes;
    private final TrackingService tracking;
    private final ServiceFee fees;
    private final Notifications notifications;
    private final AccountService accounts;
    private final ParcelMapper mapper;
    private final Handovers handovers;
    private final Clock clock;

    ParcelService(EntityManager em, PostalOrders orders, PostOfficeService offices, TrackingCodes codes,
            TrackingService tracking, ServiceFee fees, Notifications notifications, AccountService accounts,
            ParcelMapper mapper, Handovers handovers, Clock clock) {
        this.handovers = handovers;
        this.em = em;
        this.orders = orders;
        this.offices = offices;
        this.codes = codes;
        this.tracking = tracking;
        this.fees = fees;
        this.notifications = notifications;
        this.accounts = accounts;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The office's parcels, optionally of one status, oldest first. */
    public List<ParcelViews.ParcelView> queue(long staffId, SellerOrderStatus status, int page, int size) {
        PostOfficeView office = offices.ofStaff(staffId);
        return mapper.views(orders.from(office.communeCodes(), status, page, size), records());
    }

    /** The parcels of a status grouped by commune, then by seller: the stops of a round, in order. */
    public List<ParcelViews.CommuneStops> stops(long staffId, SellerOrderStatus status) {
        return mapper.stops(queue(staffId, status, 0, 1000));
    }

    /** One parcel of the office; 404 for any other. */
    public ParcelViews.ParcelView parcel(long staffId, long parcelId) {
        return mapper.view(visible(offices.ofStaff(staffId), parcelId), records());
    }

    /** A parcel of the office by what is printed on it: its tracking code or its parcel code ("CP…-1"). */
    public ParcelViews.ParcelView byCode(long staffId, String code) {
        String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        Optional<Long> id = em.createQuery("select p.sellerOrderId from Parcel p where p.trackingCode = :c", Long.class)
                .setParameter("c", typed).getResultList().stream().findFirst();
        long parcelId = id.orElseGet(() -> orders.byCode(typed).map(PostalParcel::id)
                .orElseThrow(() -> new ProblemException(404, "not-found")));
        return parcel(staffId, parcelId);
    }

    @Transactional
    public ParcelViews.ParcelView pickUp(long staffId, long parcelId, int weighedGrams) {
        orders.lockForMove(parcelId); // first: what this transaction reads next is the parcel as it is now
        PostOfficeView office = offices.ofStaff(staffId);
        visible(office, parcelId);
        PostalParcel.PickedUp picked = orders.pickUp(parcelId, actor(staffId, office), weighedGrams);
        PostalParcel p = picked.parcel();
        String trackingCode = codes.issue();
        Parcel parcel = new Parcel();
        parcel.sellerOrderId = p.id();
        parcel.postOfficeId = office.id();
        parcel.sellerId = p.sellerId();
        parcel.trackingCode = trackingCode;
        parcel.declaredGrams = Math.toIntExact(p.declaredGrams());
        parcel.weighedGrams = weighedGrams;
        parcel.shippingVnd = p.shippingVnd();
        parcel.weightAdjustmentVnd = picked.shippingAdjustmentVnd();
        parcel.codDueVnd = p.codDueVnd();
        parcel.pickedUpBy = staffId;
        parcel.pickedUpAt = clock.instant();
        em.persist(parcel);
        track(parcel, TrackingStatus.PICKED_UP, office.name(), parcel.pickedUpAt);
        handovers.toCarrier(p, parcel, office, staffId);
        return mapper.view(p, Map.of(p.id(), parcel));
    }

    @Transactional
    public ParcelViews.ParcelView handOn(long staffId, long parcelId) {
        orders.lockForMove(parcelId); // first: what this transaction reads next is the parcel as it is now
        PostOfficeView office = offices.ofStaff(staffId);
        visible(office, parcelId);
        PostalParcel p = orders.handOn(parcelId, actor(staffId, office));
        Parcel parcel = em.find(Parcel.class, parcelId);
        parcel.handedOnAt = clock.instant();
        track(parcel, TrackingStatus.IN_TRANSIT, office.name(), parcel.handedOnAt);
        return mapper.view(p, Map.of(p.id(), parcel));
    }

    /**
     * The buyer took the parcel and paid what they paid. The cash is recorded as counted; when it is not what was due,
     * the parcel is flagged and the office's staff and the ADMINs are told, and the statement settles what was
     * actually collected.
     */
    @Transactional
    public ParcelViews.ParcelView deliver(long staffId, long parcelId, Long codCollectedVnd) {
        orders.lockForMove(parcelId); // first: what this transaction reads next is the parcel as it is now
        PostOfficeView office = offices.ofStaff(staffId);
        PostalParcel before = visible(office, parcelId);
        if (before.paymentMethod() == PaymentMethod.COD && codCollectedVnd == null) {
            throw ProblemException.invalidField("codCollectedVnd", "cod-required");
        }
        if (before.paymentMethod() != PaymentMethod.COD && codCollectedVnd != null && codCollectedVnd != 0) {
            throw ProblemException.invalidField("codCollectedVnd", "nothing-to-collect");
        }
        PostalParcel p = orders.deliver(parcelId, actor(staffId, office));
        Parcel parcel = em.find(Parcel.class, parcelId);
        long collected = codCollectedVnd == null ? 0 : codCollectedVnd;
        parcel.delivered(collected, p.paymentMethod() == PaymentMethod.COD, fees.of(collected), staffId,
                clock.instant());
        track(parcel, TrackingStatus.DELIVERED, p.shipTo().communeName() + ", " + p.shipTo().provinceName(),
                parcel.deliveredAt);
        flagMismatch(parcel, p, office);
        return mapper.view(p, Map.of(p.id(), parcel));
    }

    @Transactional
    public ParcelViews.ParcelView returnToSeller(long staffId, long parcelId, String reason) {
        orders.lockForMove(parcelId); // first: what this transaction reads next is the parcel as it is now
        PostOfficeView office = offices.ofStaff(staffId);
        visible(office, parcelId);
        PostalParcel p = orders.returnToSeller(parcelId, actor(staffId, office), reason);
        Parcel parcel = em.find(Parcel.class, parcelId);
        parcel.returnReason = p.timeline().get(p.timeline().size() - 1).reason();
        parcel.returnedBy = staffId;
        parcel.returnedAt = clock.instant();
        track(parcel, TrackingStatus.RETURNED, office.name(), parcel.returnedAt);
        return mapper.view(p, Map.of(p.id(), parcel));
    }

    /** Parcels delivered with other cash than was due, newest first: for the ADMINs. */
    public List<ParcelViews.ParcelView> mismatches(int limit) {
        List<Parcel> flagged = em
                .createQuery("select p from Parcel p where p.cashMismatch = true" + " order by p.deliveredAt desc",
                        Parcel.class)
                .setMaxResults(limit).getResultList();
        Map<Long, Parcel> byId = flagged.stream().collect(Collectors.toMap(p -> p.sellerOrderId, Function.identity()));
        return flagged.stream().map(p -> mapper.view(orders.parcel(p.sellerOrderId), byId)).toList();
    }

    /** The postage of parcels, for the buyer's and seller's order pages. */
    @Override
    public Map<Long, Postage> of(Collection<Long> sellerOrderIds) {
        if (sellerOrderIds.isEmpty()) {
            return Map.of();
        }
        // Plain SQL: every order's answer asks (a checkout's too, before any parcel exists), and Hibernate translates
        // an HQL query with a list parameter afresh on every call, about a tenth of a checkout's CPU.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT seller_order_id, tracking_code, weighed_grams,"
                + " weight_adjustment_vnd, cod_collected_vnd, cash_mismatch, return_reason FROM parcel"
                + " WHERE seller_order_id IN (:ids)").setParameter("ids", sellerOrderIds).getResultList();
        Map<Long, Postage> postage = new HashMap<>();
        for (Object[] c : rows) {
            postage.put(((Number) c[0]).longValue(),
                    new Postage((String) c[1], ((Number) c[2]).intValue(), ((Number) c[3]).longValue(),
                            c[4] == null ? null : ((Number) c[4]).longValue(), truth(c[5]), (String) c[6]));
        }
        return postage;
    }

    /** A BOOLEAN column as the driver hands it (MySQL's is a TINYINT(1)). */
    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    /** The parcel, if this office may see it: one it picked up, or one waiting in a commune it serves. */
    PostalParcel visible(PostOfficeView office, long parcelId) {
        Parcel recorded = em.find(Parcel.class, parcelId);
        PostalParcel parcel;
        try {
            parcel = orders.parcel(parcelId);
        } catch (ProblemException e) {
            throw new ProblemException(404, "not-found");
        }
        boolean ours = recorded != null
                ? recorded.postOfficeId == office.id()
                : office.communeCodes().contains(parcel.fromCommuneCode());
        if (!ours) {
            throw new ProblemException(404, "not-found");
        }
        return parcel;
    }

    /** The office's records of parcels, looked up as a mapper needs them. */
    Function<Collection<Long>, Map<Long, Parcel>> records() {
        return ids -> ids.isEmpty()
                ? Map.of()
                : em.createQuery("select p from Parcel p where p.sellerOrderId in :ids", Parcel.class)
                        .setParameter("ids", ids).getResultList().stream()
                        .collect(Collectors.toMap(p -> p.sellerOrderId, Function.identity()));
    }

    private PostalParcel.Actor actor(long staffId, PostOfficeView office) {
        return new PostalParcel.Actor(staffId, office.name());
    }

    /** Cash other than what was due is told to the office's staff and the ADMINs. */
    void flagMismatch(Parcel parcel, PostalParcel p, PostOfficeView office) {
        if (parcel.cashMismatch) {
            List<String> args = List.of(p.code(), Formats.vnd(parcel.codDueVnd, Languages.VIETNAMESE),
                    Formats.vnd(parcel.codCollectedVnd, Languages.VIETNAMESE), office.name());
            for (long account : accounts.staffOfOfficeAndAdmins(office.id())) {
                notifications.send(account, "cod-mismatch", args, "/postal/parcels/" + p.id());
            }
        }
    }

    private void track(Parcel parcel, TrackingStatus status, String location, Instant at) {
        tracking.record(new NewTrackingEvent(parcel.sellerOrderId, parcel.trackingCode, TrackingSource.POST_OFFICE,
                status, null, null, location, at, "POST_OFFICE:" + parcel.trackingCode + ":" + status));
    }
}
