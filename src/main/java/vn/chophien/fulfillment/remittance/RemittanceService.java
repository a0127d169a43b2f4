package vn.chophien.fulfillment.remittance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.AccountService;
import vn.chophien.catalog.CatalogService;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.fulfillment.office.PostOfficeView;
import vn.chophien.notification.Notifications;
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;
import vn.chophien.web.VietnamClock;

/**
 * The cash an office collected on delivery and what it owes each seller. Each delivered parcel's money was fixed when
 * it was delivered (cash, shipping retained, fee) and picked up (weight adjustment); a statement sums the parcels not
 * yet settled, per seller, and takes them for itself in one conditional update, so no parcel is ever in two
 * statements, and one delivered after the close waits for the next. All sums are exact integer đồng.
 */
@ApplicationScoped
public class RemittanceService {

    private final EntityManager em;
    private final PostOfficeService offices;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final Notifications notifications;
    private final ParcelSums sums;
    private final Clock clock;

    RemittanceService(EntityManager em, PostOfficeService offices, AccountService accounts, CatalogService catalog,
            Notifications notifications, ParcelSums sums, Clock clock) {
        this.em = em;
        this.offices = offices;
        this.accounts = accounts;
        this.catalog = catalog;
        this.notifications = notifications;
        this.sums = sums;
        this.clock = clock;
    }

    /** The office's deliveries of the days from and to (Vietnam's days, both included), per seller. */
    public Remittance.Report report(long staffId, LocalDate from, LocalDate to) {
        PostOfficeView office = offices.ofStaff(staffId);
        Instant start = from.atStartOfDay(VietnamClock.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(VietnamClock.ZONE).toInstant();
        List<Remittance.SellerLine> lines = sums
                .lines(sums.of("post_office_id = ?1 AND delivered_at >= ?2 AND delivered_at < ?3 GROUP BY seller_id",
                        office.id(), start, end));
        Remittance.Sums unsettled = ParcelSums.total(
                sums.lines(sums.of("post_office_id = ?1 AND statement_id IS NULL GROUP BY seller_id", office.id())));
        return new Remittance.Report(office.id(), from.toString(), to.toString(), lines, ParcelSums.total(lines),
                unsettled);
    }

    /** Closes a statement over every delivery of the office not yet settled; 409 when there is none. */
    @Transactional
    public Remittance.StatementView close(long staffId) {
        PostOfficeView office = offices.ofStaff(staffId);
        // One close at a time per office: the statements' numbers follow each other and periods join up.
        em.createNativeQuery("SELECT id FROM post_office WHERE id = ?1 FOR UPDATE").setParameter(1, office.id())
                .getResultList();
        List<RemittanceStatement> earlier = em
                .createQuery("select s from RemittanceStatement s where s.postOfficeId = :o order by s.closedAt desc",
                        RemittanceStatement.class)
                .setParameter("o", office.id()).setMaxResults(1).getResultList();
        long count = em.createQuery("select count(s) from RemittanceStatement s where s.postOfficeId = :o", Long.class)
                .setParameter("o", office.id()).getSingleResult();
        Instant now = clock.instant();
        RemittanceStatement s = new RemittanceStatement();
        s.postOfficeId = office.id();
        s.number = office.code() + "-" + String.format("%04d", count + 1);
        s.status = RemittanceStatement.Status.CLOSED;
        s.periodFrom = earlier.isEmpty() ? null : earlier.get(0).periodTo;
        s.periodTo = now;
        s.closedBy = staffId;
        s.closedByName = accounts.staff(staffId).map(AccountService.Staff::name).orElse("");
        s.closedAt = now;
        em.persist(s);
        em.flush();
        int taken = em
                .createNativeQuery("UPDATE parcel SET statement_id = ?1, version = version + 1"
                        + " WHERE post_office_id = ?2 AND statement_id IS NULL AND delivered_at IS NOT NULL"
                        + " AND delivered_at <= ?3")
                .setParameter(1, s.id).setParameter(2, office.id()).setParameter(3, now).executeUpdate();
        if (taken == 0) {
            throw new ProblemException(409, "nothing-to-close");
        }
        List<Remittance.SellerLine> lines = sums.lines(sums.of("statement_id = ?1 GROUP BY seller_id", s.id));
        for (Remittance.SellerLine l : lines) {
            RemittanceLine line = new RemittanceLine();
            line.statement = s;
            line.sellerId = l.sellerId();
            line.sellerName = l.sellerName();
            line.parcels = l.sums().parcels();
            line.codCollectedVnd = l.sums().codCollectedVnd();
            line.shippingRetainedVnd = l.sums().shippingRetainedVnd();
            line.serviceFeeVnd = l.sums().serviceFeeVnd();
            line.weightAdjustmentVnd = l.sums().weightAdjustmentVnd();
            line.netVnd = l.sums().netVnd();
            s.lines.add(line);
            em.persist(line);
        }
        Remittance.Sums totals = ParcelSums.total(lines);
        s.parcels = totals.parcels();
        s.codCollectedVnd = totals.codCollectedVnd();
        s.shippingRetainedVnd = totals.shippingRetainedVnd();
        s.serviceFeeVnd = totals.serviceFeeVnd();
        s.weightAdjustmentVnd = totals.weightAdjustmentVnd();
        s.netVnd = totals.netVnd();
        return view(s, office);
    }

    /** The sellers were paid by this bank transfer; a statement is paid once, and a paid one refuses it again. */
    @Transactional
    public Remittance.StatementView markPaid(long staffId, long statementId, String transferReference) {
        PostOfficeView office = offices.ofStaff(staffId);
        RemittanceStatement s = own(office, statementId);
        if (s.status != RemittanceStatement.Status.CLOSED) {
            throw new ProblemException(409, "statement-paid", s.number);
        }
        s.status = RemittanceStatement.Status.PAID;
        s.paidBy = staffId;
        s.paidAt = clock.instant();
        s.transferReference = Text.clean(transferReference);
        for (RemittanceLine line : s.lines) {
            List<String> args = List.of(office.name(), Formats.vnd(line.netVnd, Languages.VIETNAMESE), s.number,
                    s.transferReference);
            for (long member : catalog.memberAccountIds(line.sellerId)) {
                notifications.send(member, "remittance-paid", args, "/seller/remittances");
            }
        }
        return view(s, office);
    }

    /**
     * What each office still owes its sellers of the cash it collected on delivery, net of what it keeps: deliveries
     * not yet in a statement, and statements closed but not yet paid. Offices owing nothing are absent.
     */
    public java.util.Map<Long, Long> codOwed(java.util.Collection<Long> officeIds) {
        java.util.Map<Long, Long> owed = new java.util.HashMap<>();
        if (officeIds.isEmpty()) {
            return owed;
        }
        List<?> unsettled = em.createNativeQuery("SELECT post_office_id, SUM(COALESCE(cod_collected_vnd, 0)"
                + " - COALESCE(shipping_retained_vnd, 0) - COALESCE(service_fee_vnd, 0) - weight_adjustment_vnd)"
                + " FROM parcel WHERE post_office_id IN (?1) AND statement_id IS NULL AND delivered_at IS NOT NULL"
                + " GROUP BY post_office_id").setParameter(1, officeIds).getResultList();
        List<?> unpaid = em
                .createNativeQuery("SELECT post_office_id, SUM(net_vnd) FROM remittance_statement"
                        + " WHERE post_office_id IN (?1) AND status = 'CLOSED' GROUP BY post_office_id")
                .setParameter(1, officeIds).getResultList();
        for (List<?> rows : List.of(unsettled, unpaid)) {
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                owed.merge(((Number) c[0]).longValue(), new java.math.BigDecimal(c[1].toString()).longValueExact(),
                        Math::addExact);
            }
        }
        return owed;
    }

    /** The office's statements, newest first. */
    public List<Remittance.StatementView> statements(long staffId) {
        PostOfficeView office = offices.ofStaff(staffId);
        return em
                .createQuery("select s from RemittanceStatement s where s.postOfficeId = :o order by s.closedAt desc",
                        RemittanceStatement.class)
                .setParameter("o", office.id()).setMaxResults(200).getResultList().stream().map(s -> view(s, office))
                .toList();
    }

    /** One statement of the office; another office's does not exist for its staff. */
    public Remittance.StatementView statement(long staffId, long statementId) {
        PostOfficeView office = offices.ofStaff(staffId);
        return view(own(office, statementId), office);
    }

    private RemittanceStatement own(PostOfficeView office, long statementId) {
        RemittanceStatement s = em.find(RemittanceStatement.class, statementId);
        if (s == null || s.postOfficeId != office.id()) {
            throw new ProblemException(404, "not-found");
        }
        return s;
    }

    private Remittance.StatementView view(RemittanceStatement s, PostOfficeView office) {
        List<Remittance.SellerLine> lines = s.lines.stream()
                .map(l -> new Remittance.SellerLine(l.sellerId, l.sellerName, new Remittance.Sums(l.parcels,
                        l.codCollectedVnd, l.shippingRetainedVnd, l.serviceFeeVnd, l.weightAdjustmentVnd, l.netVnd)))
                .toList();
        return new Remittance.StatementView(s.id, s.number, office.id(), office.name(), s.status, s.periodFrom,
                s.periodTo,
                new Remittance.Sums(s.parcels, s.codCollectedVnd, s.shippingRetainedVnd, s.serviceFeeVnd,
                        s.weightAdjustmentVnd, s.netVnd),
                lines, s.closedByName, s.closedAt, s.paidAt, s.transferReference, carrierCash(s.id));
    }

    /** The cash the carrier collected for this statement's parcels: paid over, or still with it. */
    private Remittance.CarrierCash carrierCash(long statementId) {
        long paid = 0;
        long held = 0;
        List<Remittance.WithCarrier> still = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT tracking_code, cod_collected_vnd, carrier_paid_vnd FROM parcel"
                + " WHERE statement_id = ?1 AND delivered_by IS NULL AND cod_collected_vnd > 0 ORDER BY tracking_code")
                .setParameter(1, statementId).getResultList()) {
            Object[] c = (Object[]) row;
            long cod = ((Number) c[1]).longValue();
            if (c[2] == null) {
                held = Math.addExact(held, cod);
                still.add(new Remittance.WithCarrier((String) c[0], cod));
            } else {
                paid = Math.addExact(paid, ((Number) c[2]).longValue());
            }
        }
        return new Remittance.CarrierCash(paid, held, still);
    }
}
