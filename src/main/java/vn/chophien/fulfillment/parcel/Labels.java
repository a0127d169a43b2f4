package vn.chophien.fulfillment.parcel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chophien.fulfillment.PostalMsg;
import vn.chophien.fulfillment.document.Label;
import vn.chophien.fulfillment.document.LabelPdf;
import vn.chophien.fulfillment.document.RoundPdf;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.office.PostOfficeView;
import vn.chophien.order.PostalOrders;
import vn.chophien.order.SellerOrderStatus;
import vn.chophien.web.Form;
import vn.chophien.web.ProblemException;
import vn.chophien.web.VietnamClock;

/** The documents staff print: one parcel's label, and a day's pickup round with all its labels. */
@ApplicationScoped
public class Labels {

    private final ParcelService parcels;
    private final PostalOrders orders;
    private final PostOfficeService offices;
    private final ParcelMapper mapper;
    private final LabelPdf labelPdf;
    private final RoundPdf roundPdf;
    private final PostalMsg msg;
    private final EntityManager em;
    private final Clock clock;
    private final String publicUrl;

    Labels(ParcelService parcels, PostalOrders orders, PostOfficeService offices, ParcelMapper mapper,
            LabelPdf labelPdf, RoundPdf roundPdf, PostalMsg msg, EntityManager em, Clock clock,
            @ConfigProperty(name = "chophien.public-url") String publicUrl) {
        this.parcels = parcels;
        this.orders = orders;
        this.offices = offices;
        this.mapper = mapper;
        this.labelPdf = labelPdf;
        this.roundPdf = roundPdf;
        this.msg = msg;
        this.em = em;
        this.clock = clock;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** The label of a parcel the office picked up; one not yet picked up has no tracking code, so no label (409). */
    public byte[] label(long staffId, long parcelId) {
        ParcelViews.ParcelView p = parcels.parcel(staffId, parcelId);
        if (p.trackingCode() == null) {
            throw new ProblemException(409, "not-picked-up");
        }
        return labelPdf.render(label(p, offices.ofStaff(staffId).name()));
    }

    /**
     * A day's round: the parcels waiting for pickup and those the office picked up that day, stop by stop, then the
     * labels of those picked up.
     */
    public byte[] round(long staffId, LocalDate day) {
        PostOfficeView office = offices.ofStaff(staffId);
        Instant start = day.atStartOfDay(VietnamClock.ZONE).toInstant();
        List<Long> picked = em
                .createQuery("select p.sellerOrderId from Parcel p where p.postOfficeId = :o and p.pickedUpAt >= :s"
                        + " and p.pickedUpAt < :e order by p.pickedUpAt, p.sellerOrderId", Long.class)
                .setParameter("o", office.id()).setParameter("s", start)
                .setParameter("e", day.plusDays(1).atStartOfDay(VietnamClock.ZONE).toInstant()).getResultList();
        List<ParcelViews.ParcelView> all = new ArrayList<>(
                parcels.queue(staffId, SellerOrderStatus.READY_FOR_PICKUP, 0, 1000));
        all.addAll(mapper.views(orders.parcels(picked), parcels.records()));
        List<ParcelViews.CommuneStops> stops = mapper.stops(all);
        List<Label> labels = new ArrayList<>();
        stops.forEach(c -> c.stops().forEach(s -> s.parcels().stream().filter(p -> p.trackingCode() != null)
                .forEach(p -> labels.add(label(p, office.name())))));
        return roundPdf.render(msg.round_title(office.name(), Form.show(day)), stops, labels);
    }

    /** Today in Vietnam. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamClock.ZONE));
    }

    private Label label(ParcelViews.ParcelView p, String officeName) {
        ParcelViews.SellerView s = p.seller();
        return new Label(p.trackingCode(), p.code(), officeName,
                new Label.Party(s.name(), s.phone(), s.address(), s.communeName(), s.provinceName()),
                new Label.Party(p.shipTo().name(), p.shipTo().phone(), p.shipTo().line1(), p.shipTo().communeName(),
                        p.shipTo().provinceName()),
                p.weighedGrams() == null ? p.declaredGrams() : (long) p.weighedGrams(), p.codDueVnd(),
                publicUrl + "/track/" + p.trackingCode());
    }
}
