package vn.chophien.ocop;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.HarvestBatches;
import vn.chophien.web.Text;

/** Harvest batches and their public trace codes: twelve characters nobody can guess, easy to read off a label. */
@ApplicationScoped
public class Traceability implements HarvestBatches {

    /** No 0/o, 1/l/i: a code copied by hand from a label still works. */
    private static final char[] ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz".toCharArray();
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final CatalogService catalog;
    private final String publicUrl;

    Traceability(EntityManager em, CatalogService catalog,
            @ConfigProperty(name = "chophien.public-url") String publicUrl) {
        this.em = em;
        this.catalog = catalog;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @Transactional
    public Batch record(long accountId, long productId, OcopRequests.RecordBatch request) {
        catalog.ownProductFacts(accountId, productId);
        Batch batch = new Batch();
        batch.productId = productId;
        batch.traceCode = newCode();
        batch.harvestedOn = request.harvestedOn();
        batch.quantityKg = request.quantityKg();
        batch.notes = Text.clean(request.notes());
        batch.createdAt = Instant.now();
        em.persist(batch);
        return batch;
    }

    public List<Batch> batches(long accountId, long productId) {
        catalog.ownProductFacts(accountId, productId);
        return em.createQuery("select b from Batch b where b.productId = :p order by b.harvestedOn desc", Batch.class)
                .setParameter("p", productId).getResultList();
    }

    /** The most recent harvest of a product, for its public page. */
    public Optional<Batch> latestOf(long productId) {
        return em.createQuery("select b from Batch b where b.productId = :p order by b.harvestedOn desc, b.id desc",
                Batch.class).setParameter("p", productId).setMaxResults(1).getResultList().stream().findFirst();
    }

    @Override
    public List<Line> batchesOf(long accountId, long productId) {
        return batches(accountId, productId).stream()
                .map(b -> new Line(b.traceCode, traceUrl(b), b.harvestedOn, b.quantityKg, b.notes)).toList();
    }

    public Optional<Batch> byCode(String code) {
        return em.createQuery("select b from Batch b where b.traceCode = :c", Batch.class).setParameter("c", code)
                .getResultList().stream().findFirst();
    }

    public String traceUrl(Batch batch) {
        return publicUrl + "/trace/" + batch.traceCode;
    }

    public OcopViews.BatchView view(Batch b) {
        return new OcopViews.BatchView(b.id, b.productId, b.traceCode, traceUrl(b), b.harvestedOn, b.quantityKg,
                b.notes);
    }

    private static String newCode() {
        char[] code = new char[CODE_LENGTH];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
