package vn.chophien.ocop;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import vn.chophien.catalog.CatalogService;

/**
 * A badge ends by itself when its certificate's last day is over, with no change to any row: early each morning
 * (Vietnam time) the products whose certificate ended yesterday are announced as changed, so search and the partner
 * channels stop showing the stars. Every copy of the service does it; the announcements are idempotent.
 */
@ApplicationScoped
public class BadgeLapses {

    private final EntityManager em;
    private final CatalogService catalog;
    private final Clock clock;

    BadgeLapses(EntityManager em, CatalogService catalog, Clock clock) {
        this.em = em;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Scheduled(cron = "0 5 0 * * ?", timeZone = "Asia/Ho_Chi_Minh", identity = "ocop-badge-lapses")
    void daily() {
        announceLapsedOn(LocalDate.now(clock).minusDays(1));
    }

    /** Announces the products of verified certificates whose last day was {@code day}; returns how many. */
    @Transactional
    public int announceLapsedOn(LocalDate day) {
        List<Long> products = em
                .createQuery("select distinct p from OcopCertificate c join c.productIds p"
                        + " where c.status = :verified and c.expiresOn = :day", Long.class)
                .setParameter("verified", CertificateStatus.VERIFIED).setParameter("day", day).getResultList();
        products.forEach(catalog::listingChanged);
        return products.size();
    }
}
