package vn.chophien.bulkimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.account.AccountService;
import vn.chophien.account.PhoneNumber;
import vn.chophien.catalog.CatalogService;
import vn.chophien.household.HouseholdRequests;
import vn.chophien.household.HouseholdService;
import vn.chophien.web.Messages;
import vn.chophien.web.ProblemException;

/**
 * Creates a chunk of checked rows through the same services the API calls, in one transaction; what is already there
 * (a household's phone, a product's name in its shop) is skipped, not created twice. Should any row fail, the chunk is
 * rolled back and written again a row per transaction, so one bad row refuses only itself.
 */
@ApplicationScoped
public class RowWriter {

    private final HouseholdService households;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final RowChecks checks;
    private final Messages messages;
    private final EntityManager em;

    RowWriter(HouseholdService households, AccountService accounts, CatalogService catalog, RowChecks checks,
            Messages messages, EntityManager em) {
        this.em = em;
        this.households = households;
        this.accounts = accounts;
        this.catalog = catalog;
        this.checks = checks;
        this.messages = messages;
    }

    /** What became of a row: CREATED, SKIPPED or REFUSED (with a field and message). */
    public record Result(String outcome, String field, String message) {
        static final Result CREATED = new Result(ImportRow.CREATED, null, null);
        static final Result SKIPPED = new Result(ImportRow.SKIPPED, null, null);
    }

    public List<Result> write(BulkImport head, Long ownSeller, Map<String, Long> sellers, List<ImportRow> chunk,
            List<Map<String, String>> cells) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> writeAll(head, ownSeller, sellers, cells, new Known()));
        } catch (RuntimeException e) {
            List<Result> results = new ArrayList<>();
            Known known = new Known();
            for (Map<String, String> row : cells) {
                try {
                    results.add(QuarkusTransaction.requiringNew()
                            .call(() -> writeAll(head, ownSeller, sellers, List.of(row), known).get(0)));
                } catch (ProblemException p) {
                    String key = p.errors().isEmpty() ? p.key() : p.errors().get(0).message();
                    String field = p.errors().isEmpty() ? null : p.errors().get(0).field();
                    results.add(new Result(ImportRow.REFUSED, field, messages.get(ImportService.vi(), key, p.args())));
                } catch (RuntimeException other) {
                    results.add(
                            new Result(ImportRow.REFUSED, null, messages.get(ImportService.vi(), "import-row-failed")));
                }
            }
            return results;
        }
    }

    /** What this run already found or made, so that a file's rows never create a thing twice. */
    private static final class Known {
        final Set<String> phones = new HashSet<>();
        final Map<Long, Set<String>> productNames = new HashMap<>();
    }

    private List<Result> writeAll(BulkImport head, Long ownSeller, Map<String, Long> sellers,
            List<Map<String, String>> cells, Known known) {
        return head.kind == ImportKind.HOUSEHOLDS
                ? households(head.ownerAccountId, cells, known)
                : products(head.ownerAccountId, ownSeller, sellers, cells, known);
    }

    /**
     * Sends a row's inserts and forgets its entities: otherwise every query of the next rows would dirty-check all
     * the chunk's entities before it runs, and a chunk would cost the square of its length.
     */
    private void written() {
        em.flush();
        em.clear();
    }

    private List<Result> households(long helperId, List<Map<String, String>> cells, Known known) {
        List<String> phones = cells.stream().map(c -> PhoneNumber.normalise(c.get("phone")).orElseThrow()).toList();
        Set<String> taken = new HashSet<>(accounts.idsByPhone(phones).keySet());
        taken.addAll(known.phones);
        List<Result> results = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (!taken.add(phones.get(i))) {
                results.add(Result.SKIPPED);
                continue;
            }
            HouseholdRequests.Register request = RowChecks.household(cells.get(i));
            households.register(helperId, request);
            results.add(Result.CREATED);
            written();
        }
        known.phones.addAll(phones);
        return results;
    }

    private List<Result> products(long ownerId, Long ownSeller, Map<String, Long> sellers,
            List<Map<String, String>> cells, Known known) {
        List<Result> results = new ArrayList<>();
        for (Map<String, String> row : cells) {
            Object checked = checks.product(row, ownSeller == null ? sellers : null, ImportService.vi());
            if (checked instanceof RowChecks.Verdict refused) {
                // the household is no longer the helper's, or was never made: refused, as the preview would now
                results.add(new Result(ImportRow.REFUSED, refused.field(), refused.message()));
                continue;
            }
            RowChecks.ProductRow product = (RowChecks.ProductRow) checked;
            long sellerId = product.sellerId() == null ? ownSeller : product.sellerId();
            Set<String> names = known.productNames.computeIfAbsent(sellerId, id -> {
                Set<String> existing = new HashSet<>();
                catalog.productNames(id).forEach(n -> existing.add(RowChecks.productKey(n)));
                return existing;
            });
            if (!names.add(RowChecks.productKey(product.request().name()))) {
                results.add(Result.SKIPPED);
                continue;
            }
            catalog.createProduct(ownerId, product.sellerId(), product.request());
            results.add(Result.CREATED);
            written();
        }
        return results;
    }
}
