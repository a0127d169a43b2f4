package vn.chophien.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.chophien.account.Account;
import vn.chophien.account.AccountService;
import vn.chophien.account.Role;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ProductIdentityChanged;
import vn.chophien.web.ProblemException;

/**
 * The OCOP badge belongs to what was certified. When a product under a verified certificate changes its name,
 * category or origin, its badge is suspended (see the badge queries in {@link CertificationService}) until an OCOP
 * officer of the certificate's province confirms the change; changing it back to what was certified lifts the
 * suspension by itself.
 */
@ApplicationScoped
public class ProductChanges {

    private final EntityManager em;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final Clock clock;

    ProductChanges(EntityManager em, AccountService accounts, CatalogService catalog, Clock clock) {
        this.em = em;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    void onIdentityChanged(@Observes ProductIdentityChanged changed) {
        List<String> provinces = em
                .createQuery(
                        "select c.provinceCode from OcopCertificate c join c.productIds p"
                                + " where p = :product and c.status = :verified and c.expiresOn >= :today",
                        String.class)
                .setParameter("product", changed.productId()).setParameter("verified", CertificateStatus.VERIFIED)
                .setParameter("today", LocalDate.now(clock)).setMaxResults(1).getResultList();
        ProductChange pending = pending(changed.productId());
        if (pending == null && provinces.isEmpty()) {
            return; // nothing certified to protect
        }
        boolean known = pending != null;
        if (!known) {
            pending = new ProductChange();
            pending.productId = changed.productId();
            pending.provinceCode = provinces.get(0);
            pending.certifiedName = changed.before().name();
            pending.certifiedCategory = changed.before().category();
            pending.certifiedOrigin = changed.before().originCommuneCode();
            pending.status = ProductChange.PENDING;
        }
        pending.name = changed.after().name();
        pending.category = changed.after().category();
        pending.originCommuneCode = changed.after().originCommuneCode();
        pending.changedAt = clock.instant();
        boolean asCertified = pending.name.equals(pending.certifiedName)
                && pending.category.equals(pending.certifiedCategory)
                && pending.originCommuneCode.equals(pending.certifiedOrigin);
        if (asCertified && known) {
            em.remove(pending); // back to what was certified
        } else if (!asCertified && !known) {
            em.persist(pending);
        }
    }

    /** The changes waiting for an officer of their province, oldest first. */
    public List<ProductChange> waiting(long officerId) {
        Account officer = accounts.byId(officerId);
        return em
                .createQuery("select c from ProductChange c where c.provinceCode = :province and c.status = :pending"
                        + " order by c.changedAt", ProductChange.class)
                .setParameter("province", officer.provinceCode).setParameter("pending", ProductChange.PENDING)
                .getResultList();
    }

    /** An officer of the certificate's province confirms the product is still what was certified: the badge returns. */
    @Transactional
    public ProductChange confirm(long officerId, long changeId) {
        Account officer = accounts.byId(officerId);
        ProductChange change = em.find(ProductChange.class, changeId);
        if (change == null || !officer.roles.contains(Role.OCOP_OFFICER)
                || !change.provinceCode.equals(officer.provinceCode)) {
            throw new ProblemException(404, "not-found");
        }
        if (!ProductChange.PENDING.equals(change.status)) {
            throw new ProblemException(409, "change-decided");
        }
        change.status = ProductChange.CONFIRMED;
        change.decidedAt = clock.instant();
        change.decidedBy = officerId;
        em.flush();
        catalog.listingChanged(change.productId);
        return change;
    }

    private ProductChange pending(long productId) {
        return em
                .createQuery("select c from ProductChange c where c.productId = :p and c.status = :pending",
                        ProductChange.class)
                .setParameter("p", productId).setParameter("pending", ProductChange.PENDING).getResultList().stream()
                .findFirst().orElse(null);
    }
}
