package vn.chophien.bulkimport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.chophien.account.PhoneNumber;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.SellerKind;
import vn.chophien.household.HouseholdService;
import vn.chophien.web.Messages;
import vn.chophien.web.ProblemException;

/**
 * Bulk imports: a file is read and every row checked (nothing else is written), then, when its owner starts it, the
 * valid rows are created in the background a chunk per transaction, the counts kept on the import as they go. A
 * copy of the service that dies mid-way leaves the import RUNNING with an old heartbeat, and any copy takes it up
 * again; rows already created are skipped, as they are when the same file comes again (keyed on the household's
 * phone, and on the product's name within its shop).
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    private static final int CHUNK = 100;
    private static final int WORKERS = 4;
    private static final int INSERT_BATCH = 500;
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final EntityManager em;
    private final RowChecks checks;
    private final RowWriter writer;
    private final HouseholdService households;
    private final CatalogService catalog;
    private final Messages messages;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bulk-import");
        thread.setDaemon(true);
        return thread;
    });

    ImportService(EntityManager em, RowChecks checks, RowWriter writer, HouseholdService households,
            CatalogService catalog, Messages messages, ObjectMapper json, Clock clock) {
        this.em = em;
        this.checks = checks;
        this.writer = writer;
        this.households = households;
        this.catalog = catalog;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /**
     * Whether the account may import this kind: helpers both, a cooperative its own products; 403 otherwise. For
     * products the answer is the cooperative's seller id, or null for a helper (rows name their household's phone).
     */
    public Long actingSeller(long accountId, boolean helper, ImportKind kind) {
        if (helper) {
            return null;
        }
        Long sellerId = catalog.sellerOf(accountId).orElseThrow(() -> new ProblemException(403, "import-not-allowed"));
        if (kind != ImportKind.PRODUCTS || catalog.seller(sellerId).kind != SellerKind.COOPERATIVE) {
            throw new ProblemException(403, "import-not-allowed");
        }
        return sellerId;
    }

    /** Reads and checks the file; records the import in PREVIEW with every row and its verdict. */
    public ImportViews.Import preview(long ownerId, boolean helper, ImportKind kind, String fileName, Path file,
            Locale locale) {
        Long ownSeller = actingSeller(ownerId, helper, kind);
        List<SheetReader.SheetRow> rows = SheetReader.read(file, kind.columns);
        if (rows.isEmpty()) {
            throw new ProblemException(400, "import-empty");
        }
        List<Map<String, String>> cells = rows.stream().map(SheetReader.SheetRow::cells).toList();
        List<Integer> numbers = rows.stream().map(SheetReader.SheetRow::number).toList();
        List<RowChecks.Verdict> verdicts = kind == ImportKind.HOUSEHOLDS
                ? checks.households(ownerId, cells, numbers, locale)
                : productVerdicts(ownerId, ownSeller, cells, numbers, locale);
        return QuarkusTransaction.requiringNew().call(() -> {
            BulkImport row = new BulkImport();
            row.kind = kind;
            row.status = ImportStatus.PREVIEW;
            row.ownerAccountId = ownerId;
            row.fileName = fileName == null || fileName.isBlank() ? "import" : truncate(fileName, 255);
            row.rows = rows.size();
            row.refused = (int) verdicts.stream().filter(RowChecks.Verdict::refused).count();
            row.valid = row.rows - row.refused;
            row.createdAt = clock.instant();
            em.persist(row);
            em.flush();
            insertRows(row.id, numbers, cells, verdicts);
            return view(row);
        });
    }

    private List<RowChecks.Verdict> productVerdicts(long ownerId, Long ownSeller, List<Map<String, String>> cells,
            List<Integer> numbers, Locale locale) {
        Map<String, Long> sellers = ownSeller != null ? null : managedSellers(ownerId, cells);
        List<RowChecks.Verdict> verdicts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            Object checked = checks.product(cells.get(i), sellers, locale);
            if (checked instanceof RowChecks.Verdict refused) {
                verdicts.add(refused);
                continue;
            }
            RowChecks.ProductRow product = (RowChecks.ProductRow) checked;
            String key = product.sellerId() + "/" + RowChecks.productKey(product.request().name());
            Integer first = seen.putIfAbsent(key, numbers.get(i));
            verdicts.add(first == null
                    ? RowChecks.OK
                    : new RowChecks.Verdict("name", messages.get(locale, "import-duplicate-row", first)));
        }
        return verdicts;
    }

    /** The shops the helper manages, by the phones the rows name. */
    Map<String, Long> managedSellers(long helperId, List<Map<String, String>> cells) {
        Set<String> phones = new HashSet<>();
        cells.forEach(c -> PhoneNumber.normalise(c.get("phone")).ifPresent(phones::add));
        Map<String, Long> found = new HashMap<>();
        List<String> all = new ArrayList<>(phones);
        for (int i = 0; i < all.size(); i += 1000) {
            found.putAll(households.managedByPhone(helperId, all.subList(i, Math.min(all.size(), i + 1000))));
        }
        return found;
    }

    /** Many rows per INSERT: a file of 10,000 rows is twenty statements. */
    private void insertRows(long importId, List<Integer> numbers, List<Map<String, String>> cells,
            List<RowChecks.Verdict> verdicts) {
        for (int from = 0; from < numbers.size(); from += INSERT_BATCH) {
            int to = Math.min(numbers.size(), from + INSERT_BATCH);
            StringBuilder sql = new StringBuilder(
                    "INSERT INTO bulk_import_row (import_id, row_no, cells, outcome, field, message) VALUES ");
            for (int i = from; i < to; i++) {
                sql.append(i == from ? "" : ",").append("(?,?,?,?,?,?)");
            }
            var query = em.createNativeQuery(sql.toString());
            int p = 1;
            for (int i = from; i < to; i++) {
                RowChecks.Verdict v = verdicts.get(i);
                query.setParameter(p++, importId).setParameter(p++, numbers.get(i))
                        .setParameter(p++, toJson(cells.get(i)))
                        .setParameter(p++, v.refused() ? ImportRow.REFUSED : ImportRow.VALID)
                        .setParameter(p++, v.field()).setParameter(p++, truncate(v.message(), 1000));
            }
            query.executeUpdate();
        }
    }

    /** The import, to its owner only (404 to anyone else). */
    public ImportViews.Import find(long ownerId, long importId) {
        return view(owned(ownerId, importId));
    }

    /** The owner's imports, newest first. */
    public List<ImportViews.Import> recent(long ownerId, int limit) {
        return em
                .createQuery("select i from BulkImport i where i.ownerAccountId = :o order by i.createdAt desc",
                        BulkImport.class)
                .setParameter("o", ownerId).setMaxResults(limit).getResultList().stream()
                .map(i -> new ImportViews.Import(i.id, i.kind, i.fileName, i.status, i.rows, i.valid, i.refused, i.done,
                        i.created, i.skipped, List.of()))
                .toList();
    }

    /** Starts a previewed import in the background; 409 when it already started. */
    public ImportViews.Import start(long ownerId, long importId) {
        ImportViews.Import started = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SELECT id FROM bulk_import WHERE id = ?1 FOR UPDATE").setParameter(1, importId)
                    .getResultList();
            BulkImport row = owned(ownerId, importId);
            em.refresh(row);
            if (row.status != ImportStatus.PREVIEW) {
                throw new ProblemException(409, "import-already-started");
            }
            row.status = ImportStatus.RUNNING;
            row.startedAt = clock.instant();
            row.heartbeatAt = row.startedAt;
            return view(row);
        });
        background.submit(() -> run(importId));
        return started;
    }

    /** Takes up imports whose copy of the service stopped beating (a restart mid-way). */
    @Scheduled(every = "30s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resumeStale() {
        List<Long> stale = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select i.id from BulkImport i where i.status = :running and i.heartbeatAt < :before",
                        Long.class)
                .setParameter("running", ImportStatus.RUNNING).setParameter("before", clock.instant().minus(STALE))
                .getResultList());
        for (Long id : stale) {
            boolean claimed = QuarkusTransaction.requiringNew()
                    .call(() -> em
                            .createQuery("update BulkImport i set i.heartbeatAt = :now where i.id = :id"
                                    + " and i.status = :running and i.heartbeatAt < :before")
                            .setParameter("now", clock.instant()).setParameter("id", id)
                            .setParameter("running", ImportStatus.RUNNING)
                            .setParameter("before", clock.instant().minus(STALE)).executeUpdate() == 1);
            if (claimed) {
                LOG.infof("Import %d resumed", id);
                background.submit(() -> run(id));
            }
        }
    }

    /** Writes the valid rows a chunk at a time until none is left. */
    void run(long importId) {
        try {
            BulkImport head = QuarkusTransaction.requiringNew().call(() -> em.find(BulkImport.class, importId));
            // helpers have no shop of their own; a cooperative imports into its own
            // (reads here, on the import's own thread, each in a transaction: there is no request around them)
            Long ownSeller = head.kind == ImportKind.PRODUCTS
                    ? QuarkusTransaction.requiringNew().call(() -> catalog.sellerOf(head.ownerAccountId).orElse(null))
                    : null;
            List<Integer> pending = QuarkusTransaction.requiringNew()
                    .call(() -> em
                            .createQuery("select r.rowNo from ImportRow r where r.importId = :id and r.outcome = :valid"
                                    + " order by r.rowNo", Integer.class)
                            .setParameter("id", importId).setParameter("valid", ImportRow.VALID).getResultList());
            // a few chunks at once: the writes wait on the database's round trips far more than on the CPU
            ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
            try {
                List<Future<?>> chunks = new ArrayList<>();
                for (int from = 0; from < pending.size(); from += CHUNK) {
                    List<Integer> rowNos = pending.subList(from, Math.min(pending.size(), from + CHUNK));
                    chunks.add(workers.submit(() -> chunk(importId, head, ownSeller, rowNos)));
                }
                for (Future<?> chunk : chunks) {
                    chunk.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Import interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                workers.shutdownNow();
            }
            QuarkusTransaction.requiringNew().run(() -> {
                BulkImport done = em.find(BulkImport.class, importId);
                done.status = ImportStatus.DONE;
                done.finishedAt = clock.instant();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %d failed", importId);
            QuarkusTransaction.requiringNew().run(() -> {
                BulkImport failed = em.find(BulkImport.class, importId);
                failed.status = ImportStatus.FAILED;
                failed.failure = truncate(String.valueOf(e.getMessage()), 1000);
                failed.finishedAt = clock.instant();
            });
        }
    }

    private void chunk(long importId, BulkImport head, Long ownSeller, List<Integer> rowNos) {
        List<ImportRow> chunk = QuarkusTransaction.requiringNew().call(() -> em
                .createQuery("select r from ImportRow r where r.importId = :id and r.rowNo in :rows"
                        + " and r.outcome = :valid order by r.rowNo", ImportRow.class)
                .setParameter("id", importId).setParameter("rows", rowNos).setParameter("valid", ImportRow.VALID)
                .getResultList());
        if (chunk.isEmpty()) {
            return;
        }
        List<Map<String, String>> cells = chunk.stream().map(r -> fromJson(r.cells)).toList();
        Map<String, Long> sellers = head.kind == ImportKind.PRODUCTS && ownSeller == null
                ? QuarkusTransaction.requiringNew().call(() -> managedSellers(head.ownerAccountId, cells))
                : null;
        List<RowWriter.Result> results = writer.write(head, ownSeller, sellers, chunk, cells);
        QuarkusTransaction.requiringNew().run(() -> record(importId, chunk, results));
    }

    /** The chunk's outcomes and the import's counts, in one transaction. */
    private void record(long importId, List<ImportRow> chunk, List<RowWriter.Result> results) {
        Map<String, List<Integer>> byOutcome = new HashMap<>();
        for (int i = 0; i < chunk.size(); i++) {
            RowWriter.Result result = results.get(i);
            if (result.message() == null) {
                byOutcome.computeIfAbsent(result.outcome(), k -> new ArrayList<>()).add(chunk.get(i).rowNo);
            } else {
                em.createNativeQuery("UPDATE bulk_import_row SET outcome = ?1, field = ?2, message = ?3"
                        + " WHERE import_id = ?4 AND row_no = ?5").setParameter(1, result.outcome())
                        .setParameter(2, result.field()).setParameter(3, truncate(result.message(), 1000))
                        .setParameter(4, importId).setParameter(5, chunk.get(i).rowNo).executeUpdate();
            }
        }
        byOutcome.forEach((outcome, rows) -> em
                .createNativeQuery("UPDATE bulk_import_row SET outcome = ?1 WHERE import_id = ?2 AND row_no IN (?3)")
                .setParameter(1, outcome).setParameter(2, importId).setParameter(3, rows).executeUpdate());
        // chunks finish at once on several threads: each adds its counts under the import row's lock
        em.createNativeQuery("SELECT id FROM bulk_import WHERE id = ?1 FOR UPDATE").setParameter(1, importId)
                .getResultList();
        BulkImport row = em.find(BulkImport.class, importId);
        em.refresh(row);
        row.done += chunk.size();
        row.created += byOutcome.getOrDefault(ImportRow.CREATED, List.of()).size();
        row.skipped += byOutcome.getOrDefault(ImportRow.SKIPPED, List.of()).size();
        row.refused += (int) results.stream().filter(r -> ImportRow.REFUSED.equals(r.outcome())).count();
        row.heartbeatAt = clock.instant();
    }

    /** Every row and what became of it, for the report. */
    @Transactional
    public List<ImportRow> rows(long ownerId, long importId) {
        owned(ownerId, importId);
        return em.createQuery("select r from ImportRow r where r.importId = :id order by r.rowNo", ImportRow.class)
                .setParameter("id", importId).getResultList();
    }

    private BulkImport owned(long ownerId, long importId) {
        BulkImport row = em.find(BulkImport.class, importId);
        if (row == null || row.ownerAccountId != ownerId) {
            throw new ProblemException(404, "not-found");
        }
        return row;
    }

    private ImportViews.Import view(BulkImport i) {
        List<ImportViews.RowError> errors = em
                .createQuery("select r from ImportRow r where r.importId = :id and r.outcome = :refused"
                        + " order by r.rowNo", ImportRow.class)
                .setParameter("id", i.id).setParameter("refused", ImportRow.REFUSED).getResultList().stream()
                .map(r -> new ImportViews.RowError(r.rowNo, r.field, r.message)).toList();
        return new ImportViews.Import(i.id, i.kind, i.fileName, i.status, i.rows, i.valid, i.refused, i.done, i.created,
                i.skipped, errors);
    }

    Map<String, String> fromJson(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored row is not JSON", e);
        }
    }

    private String toJson(Map<String, String> cells) {
        try {
            return json.writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Vietnamese: the language of rows refused while running in the background. */
    static Locale vi() {
        return VI;
    }
}
