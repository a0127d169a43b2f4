package vn.chophien.ocop;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.account.Account;
import vn.chophien.account.AccountService;
import vn.chophien.account.Role;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.OcopBadges;
import vn.chophien.photo.ImageFormats;
import vn.chophien.photo.ImageProcessor;
import vn.chophien.photo.PhotoStore;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/**
 * The OCOP certificate life cycle: a seller submits one for its products with a scan; an OCOP officer of the seller's
 * province verifies or rejects it (to officers of other provinces it does not exist); products show the badge while
 * a verified certificate is in force, judged by today's date in Vietnam.
 */
@ApplicationScoped
public class CertificationService implements OcopBadges {

    /** How far ahead a seller is warned that a certificate will lapse. */
    static final int WARN_DAYS = 90;

    private final EntityManager em;
    private final CatalogService catalog;
    private final AccountService accounts;
    private final ImageProcessor images;
    private final PhotoStore store;
    private final Clock clock;

    CertificationService(EntityManager em, CatalogService catalog, AccountService accounts, ImageProcessor images,
            PhotoStore store, Clock clock) {
        this.em = em;
        this.clock = clock;
        this.catalog = catalog;
        this.accounts = accounts;
        this.images = images;
        this.store = store;
    }

    @Transactional
    public OcopCertificate submit(long accountId, OcopRequests.Submit request) {
        long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        if (!request.expiresOn().isAfter(request.issuedOn())) {
            throw ProblemException.invalidField("expiresOn", "certificate-expires-before-issue");
        }
        if (request.expiresOn().isAfter(request.issuedOn().plusMonths(OcopCertificate.VALID_MONTHS))) {
            throw ProblemException.invalidField("expiresOn", "certificate-too-long", OcopCertificate.VALID_MONTHS);
        }
        request.productIds().forEach(id -> catalog.ownProductFacts(accountId, id));
        OcopCertificate certificate = new OcopCertificate();
        certificate.sellerId = sellerId;
        certificate.provinceCode = catalog.seller(sellerId).provinceCode;
        certificate.stars = request.stars();
        certificate.number = Text.clean(request.number());
        certificate.issuedBy = Text.clean(request.issuedBy());
        certificate.issuedOn = request.issuedOn();
        certificate.expiresOn = request.expiresOn();
        certificate.status = CertificateStatus.SUBMITTED;
        certificate.submittedAt = Instant.now();
        certificate.productIds.addAll(request.productIds());
        em.persist(certificate);
        return certificate;
    }

    /**
     * The scan of the paper certificate: an image (re-encoded like photos) or a PDF, while still under review. The
     * image work runs outside any transaction; the certificate is updated in a short one after.
     */
    public OcopCertificate attachScan(long accountId, long certificateId, byte[] upload) {
        QuarkusTransaction.requiringNew().run(() -> scannable(accountId, certificateId));
        String key = storeScan(upload);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                OcopCertificate certificate = scannable(accountId, certificateId);
                certificate.scanKey = key;
                return certificate;
            });
        } catch (RuntimeException e) {
            forget(key);
            throw e;
        }
    }

    /** A certificate and its scan together, from the seller's page: both are kept, or neither when one is refused. */
    public OcopCertificate submitWithScan(long accountId, OcopRequests.Submit request, byte[] scan) {
        String key = storeScan(scan);
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                OcopCertificate certificate = submit(accountId, request);
                certificate.scanKey = key;
                return certificate;
            });
        } catch (RuntimeException e) {
            forget(key);
            throw e;
        }
    }

    private OcopCertificate scannable(long accountId, long certificateId) {
        OcopCertificate certificate = ownCertificate(accountId, certificateId);
        if (certificate.status != CertificateStatus.SUBMITTED) {
            throw new ProblemException(409, "certificate-decided");
        }
        return certificate;
    }

    /** Checks and stores a scan; returns its key. */
    private String storeScan(byte[] upload) {
        if (upload.length > ImageProcessor.MAX_BYTES) {
            throw new ProblemException(413, "photo-too-large", ImageProcessor.MAX_BYTES / 1024 / 1024);
        }
        boolean pdf = ImageFormats.isPdf(upload);
        if (!pdf && ImageFormats.sniff(upload).isEmpty()) {
            throw new ProblemException(415, "scan-not-an-image-or-pdf");
        }
        byte[] content = pdf ? upload : images.process(upload).display();
        String key = UUID.randomUUID() + (pdf ? "-s.pdf" : "-s.jpg");
        try {
            store.put(key, content);
        } catch (IOException e) {
            throw new UncheckedIOException("The scan could not be stored", e);
        }
        return key;
    }

    private void forget(String key) {
        try {
            store.delete(key);
        } catch (IOException e) {
            // an orphaned file is harmless and unreachable by key
        }
    }

    /** The scan, to its seller, an officer of its province, or an ADMIN. */
    public Optional<Scan> scan(long accountId, long certificateId) {
        OcopCertificate certificate = visibleCertificate(accountId, certificateId, true);
        if (certificate.scanKey == null) {
            return Optional.empty();
        }
        try {
            String type = certificate.scanKey.endsWith(".pdf") ? "application/pdf" : "image/jpeg";
            return store.open(certificate.scanKey).map(in -> new Scan(type, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Scan(String contentType, InputStream content) {
    }

    /** A scan as a download ({@code attachment}, {@code nosniff}), never kept by a shared cache. */
    public static Response download(Scan scan, long certificateId) {
        String file = "certificate-" + certificateId + ("application/pdf".equals(scan.contentType()) ? ".pdf" : ".jpg");
        return Response.ok(scan.content(), scan.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store").build();
    }

    @Transactional
    public OcopCertificate verify(long officerId, long certificateId) {
        OcopCertificate certificate = decidable(officerId, certificateId);
        certificate.status = CertificateStatus.VERIFIED;
        decided(certificate, officerId);
        certificate.productIds.forEach(catalog::listingChanged); // the badge now shows on them
        return certificate;
    }

    @Transactional
    public OcopCertificate reject(long officerId, long certificateId, String reason) {
        OcopCertificate certificate = decidable(officerId, certificateId);
        certificate.status = CertificateStatus.REJECTED;
        certificate.rejectionReason = Text.clean(reason);
        decided(certificate, officerId);
        return certificate;
    }

    /** A seller's own certificates, or an officer's province's, newest first; optionally of one status. */
    public List<OcopCertificate> list(long accountId, CertificateStatus status) {
        Account account = accounts.byId(accountId);
        String where;
        Object value;
        if (account.roles.contains(Role.OCOP_OFFICER)) {
            where = "c.provinceCode = :v";
            value = account.provinceCode;
        } else {
            where = "c.sellerId = :v";
            value = catalog.sellerOf(accountId).orElse(-1L);
        }
        var query = em.createQuery("select c from OcopCertificate c where " + where
                + (status == null ? "" : " and c.status = :s") + " order by c.submittedAt desc", OcopCertificate.class)
                .setParameter("v", value);
        if (status != null) {
            query.setParameter("s", status);
        }
        return query.setMaxResults(200).getResultList();
    }

    @Override
    public Optional<Badge> badgeOf(long productId) {
        return Optional.ofNullable(badgesOf(List.of(productId)).get(productId));
    }

    @Override
    public Map<Long, Badge> badgesOf(Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        // Plain SQL: an HQL query with a list parameter is translated afresh on every call, and every page of product
        // cards asks for its badges; the certificates' entities would also load each one's product list. A product
        // whose certified facts changed shows no badge until an officer confirms them (ProductChanges).
        LocalDate today = today();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("SELECT cp.product_id, c.stars, c.number, c.issued_by, c.expires_on"
                        + " FROM ocop_certificate_product cp JOIN ocop_certificate c ON c.id = cp.certificate_id"
                        + " WHERE cp.product_id IN (:products) AND c.status = 'VERIFIED' AND c.issued_on <= :today"
                        + " AND c.expires_on >= :today AND NOT EXISTS (SELECT 1 FROM ocop_product_change ch"
                        + " WHERE ch.product_id = cp.product_id AND ch.status = 'PENDING')"
                        + " ORDER BY c.stars DESC, c.expires_on DESC")
                .setParameter("products", productIds).setParameter("today", today).getResultList();
        Map<Long, Badge> badges = new HashMap<>();
        for (Object[] c : rows) {
            badges.putIfAbsent(((Number) c[0]).longValue(),
                    new Badge(((Number) c[1]).intValue(), (String) c[2], (String) c[3], date(c[4])));
        }
        return badges;
    }

    /** A DATE column as the driver hands it. */
    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public List<Badge> expiringSoon(long sellerId) {
        LocalDate today = today();
        return em
                .createQuery("select c from OcopCertificate c where c.sellerId = :seller and c.status = :verified"
                        + " and c.issuedOn <= :today and c.expiresOn >= :today and c.expiresOn <= :warn"
                        + " order by c.expiresOn", OcopCertificate.class)
                .setParameter("seller", sellerId).setParameter("verified", CertificateStatus.VERIFIED)
                .setParameter("today", today).setParameter("warn", today.plusDays(WARN_DAYS)).getResultList().stream()
                .map(c -> new Badge(c.stars, c.number, c.issuedBy, c.expiresOn)).toList();
    }

    /**
     * Products of a province's sellers showing an OCOP badge today, counted once each at their best star rating:
     * stars → products.
     */
    public Map<Integer, Long> certifiedProductsByStars(String provinceCode) {
        Map<Integer, Long> byStars = new java.util.TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT best, COUNT(*) FROM (SELECT cp.product_id, MAX(c.stars) best"
                + " FROM ocop_certificate_product cp JOIN ocop_certificate c ON c.id = cp.certificate_id"
                + " WHERE c.province_code = ?1 AND c.status = 'VERIFIED' AND c.issued_on <= ?2 AND c.expires_on >= ?2"
                + " AND NOT EXISTS (SELECT 1 FROM ocop_product_change ch"
                + " WHERE ch.product_id = cp.product_id AND ch.status = 'PENDING')"
                + " GROUP BY cp.product_id) shown GROUP BY best").setParameter(1, provinceCode).setParameter(2, today())
                .getResultList();
        for (Object[] row : rows) {
            byStars.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return byStars;
    }

    /** A province's verified certificates in force that lapse within the days to come, soonest first. */
    public List<ExpiringCertificate> expiringIn(String provinceCode, int days) {
        LocalDate today = today();
        return em
                .createQuery("select c from OcopCertificate c where c.provinceCode = :province and c.status = :verified"
                        + " and c.issuedOn <= :today and c.expiresOn >= :today and c.expiresOn <= :until"
                        + " order by c.expiresOn, c.id", OcopCertificate.class)
                .setParameter("province", provinceCode).setParameter("verified", CertificateStatus.VERIFIED)
                .setParameter("today", today).setParameter("until", today.plusDays(days)).getResultList().stream()
                .map(c -> new ExpiringCertificate(c.id, c.sellerId, c.stars, c.number, c.expiresOn,
                        List.copyOf(c.productIds)))
                .toList();
    }

    public OcopViews.CertificateView view(OcopCertificate c) {
        LocalDate today = today();
        boolean inForce = c.inForce(today);
        return new OcopViews.CertificateView(c.id, c.sellerId, List.copyOf(c.productIds), c.stars, c.number, c.issuedBy,
                c.issuedOn, c.expiresOn, c.status, c.rejectionReason, c.scanKey != null, inForce,
                inForce && !c.expiresOn.isAfter(today.plusDays(WARN_DAYS)));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private OcopCertificate decidable(long officerId, long certificateId) {
        OcopCertificate certificate = visibleCertificate(officerId, certificateId);
        if (!accounts.byId(officerId).roles.contains(Role.OCOP_OFFICER)) {
            throw new ProblemException(403, "forbidden");
        }
        if (certificate.status != CertificateStatus.SUBMITTED) {
            throw new ProblemException(409, "certificate-decided");
        }
        return certificate;
    }

    private void decided(OcopCertificate certificate, long officerId) {
        certificate.decidedAt = Instant.now();
        certificate.decidedBy = officerId;
        em.flush();
    }

    private OcopCertificate ownCertificate(long accountId, long certificateId) {
        OcopCertificate certificate = em.find(OcopCertificate.class, certificateId);
        if (certificate == null || !catalog.sellerOf(accountId).map(certificate.sellerId::equals).orElse(false)) {
            throw new ProblemException(404, "not-found");
        }
        return certificate;
    }

    /** Its seller and the officers of its province see a certificate; for anyone else it does not exist. */
    private OcopCertificate visibleCertificate(long accountId, long certificateId) {
        return visibleCertificate(accountId, certificateId, false);
    }

    /** ADMINs may read any certificate ({@code readOnly}), never decide one. */
    private OcopCertificate visibleCertificate(long accountId, long certificateId, boolean readOnly) {
        OcopCertificate certificate = em.find(OcopCertificate.class, certificateId);
        if (certificate == null) {
            throw new ProblemException(404, "not-found");
        }
        Account account = accounts.byId(accountId);
        boolean officerHere = account.roles.contains(Role.OCOP_OFFICER)
                && certificate.provinceCode.equals(account.provinceCode);
        boolean owner = catalog.sellerOf(accountId).map(certificate.sellerId::equals).orElse(false);
        if (!officerHere && !owner && !(readOnly && account.roles.contains(Role.ADMIN))) {
            throw new ProblemException(404, "not-found");
        }
        return certificate;
    }
}
