package vn.chophien.fulfillment.remittance;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.chophien.catalog.CatalogService;
import vn.chophien.fulfillment.office.PostOfficeService;
import vn.chophien.web.ProblemException;

/** What the post offices owe one seller: their lines of closed statements, and deliveries not yet in one. */
@ApplicationScoped
public class SellerRemittances {

    private final EntityManager em;
    private final CatalogService catalog;
    private final PostOfficeService offices;
    private final ParcelSums sums;

    SellerRemittances(EntityManager em, CatalogService catalog, PostOfficeService offices, ParcelSums sums) {
        this.em = em;
        this.catalog = catalog;
        this.offices = offices;
        this.sums = sums;
    }

    /** A seller's statements and what is still owed to them: closed and unpaid, or delivered and not yet closed. */
    public Remittance.SellerRemittances forSeller(long accountId) {
        long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        List<Object[]> rows = em
                .createQuery("select l, s from RemittanceLine l join l.statement s"
                        + " where l.sellerId = :id order by s.closedAt desc", Object[].class)
                .setParameter("id", sellerId).setMaxResults(200).getResultList();
        List<Remittance.SellerStatement> statements = new ArrayList<>();
        long owed = 0;
        for (Object[] row : rows) {
            RemittanceLine l = (RemittanceLine) row[0];
            RemittanceStatement s = (RemittanceStatement) row[1];
            Remittance.Sums line = new Remittance.Sums(l.parcels, l.codCollectedVnd, l.shippingRetainedVnd,
                    l.serviceFeeVnd, l.weightAdjustmentVnd, l.netVnd);
            statements.add(new Remittance.SellerStatement(s.id, s.number, offices.office(s.postOfficeId).name(),
                    s.status, s.periodTo, s.paidAt, s.transferReference, line));
            if (s.status == RemittanceStatement.Status.CLOSED) {
                owed = Math.addExact(owed, l.netVnd);
            }
        }
        Remittance.Sums unsettled = ParcelSums
                .total(sums.lines(sums.of("seller_id = ?1 AND statement_id IS NULL GROUP BY seller_id", sellerId)));
        return new Remittance.SellerRemittances(sellerId, Math.addExact(owed, unsettled.netVnd()), unsettled,
                statements);
    }
}
