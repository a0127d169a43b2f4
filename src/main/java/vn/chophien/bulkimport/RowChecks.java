package vn.chophien.bulkimport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import vn.chophien.account.PhoneNumber;
import vn.chophien.catalog.CatalogRequests;
import vn.chophien.catalog.Category;
import vn.chophien.household.HouseholdRequests;
import vn.chophien.household.HouseholdService;
import vn.chophien.place.PlaceService;
import vn.chophien.web.Messages;
import vn.chophien.web.ProblemException;
import vn.chophien.web.Text;

/**
 * Turns a row of cells into the request the API would take, and checks it with the API's own rules (its Bean
 * Validation constraints, then the service's: the commune exists, an officer's province, the household is the
 * helper's), plus what only a file can get wrong: a number that is not one, the same row twice.
 */
@ApplicationScoped
public class RowChecks {

    private final Validator validator;
    private final PlaceService places;
    private final HouseholdService households;
    private final Messages messages;

    RowChecks(Validator validator, PlaceService places, HouseholdService households, Messages messages) {
        this.validator = validator;
        this.places = places;
        this.households = households;
        this.messages = messages;
    }

    /** A row's verdict: refused with a field and a message, or accepted. */
    public record Verdict(String field, String message) {
        public boolean refused() {
            return message != null;
        }
    }

    static final Verdict OK = new Verdict(null, null);

    /** A product row ready to create: for which seller (null: the importing cooperative itself) and what. */
    public record ProductRow(Long sellerId, CatalogRequests.SaveProduct request) {
    }

    public static HouseholdRequests.Register household(Map<String, String> cells) {
        return new HouseholdRequests.Register(cells.get("phone"), cells.get("name"), cells.get("communeCode"),
                cells.get("village"));
    }

    /** Checks the households of a file, in order; a phone seen in an earlier row refuses the later one. */
    public List<Verdict> households(long helperId, List<Map<String, String>> rows, List<Integer> numbers,
            Locale locale) {
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            HouseholdRequests.Register request = household(rows.get(i));
            Verdict verdict = violations(request);
            if (!verdict.refused() && places.commune(request.communeCode()).isEmpty()) {
                verdict = new Verdict("communeCode", messages.get(locale, "unknown-commune"));
            }
            if (!verdict.refused()) {
                try {
                    households.checkArea(helperId, request.communeCode());
                } catch (ProblemException e) {
                    verdict = new Verdict("communeCode", messages.get(locale, e.errors().get(0).message()));
                }
            }
            if (!verdict.refused()) {
                String phone = PhoneNumber.normalise(request.phone()).orElseThrow();
                Integer first = seen.putIfAbsent(phone, numbers.get(i));
                if (first != null) {
                    verdict = new Verdict("phone", messages.get(locale, "import-duplicate-row", first));
                }
            }
            verdicts.add(verdict);
        }
        return verdicts;
    }

    /**
     * The product a row describes, or the reason it cannot be one. {@code sellers} maps the households' phones to the
     * shops the helper manages; a cooperative importing its own products passes null and the phone is not read.
     */
    public Object product(Map<String, String> cells, Map<String, Long> sellers, Locale locale) {
        Long sellerId = null;
        if (sellers != null) {
            Optional<String> phone = PhoneNumber.normalise(cells.get("phone"));
            if (phone.isEmpty()) {
                return new Verdict("phone", messages.get(locale, "import-household-unknown"));
            }
            sellerId = sellers.get(phone.get());
            if (sellerId == null) {
                return new Verdict("phone", messages.get(locale, "import-household-unknown"));
            }
        }
        Category category = category(cells.get("category"));
        if (category == null) {
            return new Verdict("category", messages.get(locale, "import-unknown-category"));
        }
        Integer weight = integer(cells.get("weightGrams"));
        Integer stock = integer(cells.get("stock"));
        Long price = cells.get("priceVnd") == null ? null : longValue(cells.get("priceVnd"));
        for (var number : List.of(Map.entry("weightGrams", weight == null), Map.entry("stock", stock == null),
                Map.entry("priceVnd", price == null))) {
            if (number.getValue()) {
                return new Verdict(number.getKey(), messages.get(locale, "import-not-a-number"));
            }
        }
        String description = cells.getOrDefault("description", "");
        CatalogRequests.SaveProduct request = new CatalogRequests.SaveProduct(cells.get("name"), category,
                description == null ? "" : description, null, null, null,
                List.of(new CatalogRequests.SaveVariant(null, cells.get("label"), weight, price, stock, null)), null);
        Verdict verdict = violations(request);
        return verdict.refused() ? verdict : new ProductRow(sellerId, request);
    }

    /** What an import keys a product on within its shop: its name as stored, in lower case. */
    public static String productKey(String name) {
        return Text.clean(name).toLowerCase(Locale.ROOT);
    }

    private <T> Verdict violations(T request) {
        return validator.validate(request).stream()
                .min(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new Verdict(column(v.getPropertyPath().toString()), v.getMessage())).orElse(OK);
    }

    /** {@code variants[0].weightGrams} is the sheet's {@code weightGrams} column. */
    private static String column(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static Category category(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Digits, allowing the thousands dots and spaces people type (180.000). */
    private static Long longValue(String text) {
        String digits = text == null ? "" : text.strip().replace(".", "").replace(" ", "").replace(",", "");
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private static Integer integer(String text) {
        Long value = longValue(text);
        return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
    }
}
