package vn.chophien.storefront;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.chophien.catalog.Category;
import vn.chophien.catalog.ListingQuery;

/**
 * The search page's filters as the buyer set them. A page is forgiving where the API is strict: a filter it cannot
 * read is simply not applied, so a mangled link still shows products.
 */
public record SearchForm(String q, Category category, String province, Integer stars, Long minPrice, Long maxPrice,
        boolean inStock, ListingQuery.Sort sort, int page) {

    static final int PAGE_SIZE = 24;
    private static final int MAX_PAGE = 10_000;

    static SearchForm read(String q, String category, String province, String stars, String minPrice, String maxPrice,
            String inStock, String sort, String page) {
        String text = q == null ? "" : q.strip();
        return new SearchForm(text.length() > 200 ? text.substring(0, 200) : text, category(category),
                province != null && province.matches("\\d{2}") ? province : null, stars(stars), amount(minPrice),
                amount(maxPrice), "on".equals(inStock) || "true".equals(inStock), sort(sort),
                Math.min(MAX_PAGE, Math.max(0, number(page, 1) - 1)));
    }

    ListingQuery query() {
        return new ListingQuery(q, category, province, null, stars, minPrice, maxPrice, inStock, false, sort, page,
                PAGE_SIZE);
    }

    /** The address of another page of the same search; pages count from 1 in links. */
    public String url(int pageIndex) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("q", q.isEmpty() ? null : q);
        params.put("category", category == null ? null : category.name());
        params.put("province", province);
        params.put("stars", stars);
        params.put("minPrice", minPrice);
        params.put("maxPrice", maxPrice);
        params.put("inStock", inStock ? "on" : null);
        params.put("sort", sort == ListingQuery.Sort.RELEVANCE ? null : sort.name().toLowerCase(Locale.ROOT));
        params.put("page", pageIndex == 0 ? null : pageIndex + 1);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "/search" + (query.isEmpty() ? "" : "?" + query);
    }

    public List<String> sorts() {
        return Arrays.stream(ListingQuery.Sort.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }

    public List<Integer> starChoices() {
        return List.of(3, 4, 5);
    }

    public String sortName() {
        return sort.name().toLowerCase(Locale.ROOT);
    }

    public boolean filtered() {
        return category != null || province != null || stars != null || minPrice != null || maxPrice != null || inStock;
    }

    private static Category category(String code) {
        try {
            return code == null || code.isBlank() ? null : Category.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer stars(String text) {
        int stars = number(text, 0);
        return stars >= 3 && stars <= 5 ? stars : null;
    }

    private static ListingQuery.Sort sort(String name) {
        try {
            return name == null || name.isBlank()
                    ? ListingQuery.Sort.RELEVANCE
                    : ListingQuery.Sort.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ListingQuery.Sort.RELEVANCE;
        }
    }

    /** Prices as people type them: "45.000", "45,000" or "45000". */
    private static Long amount(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.replaceAll("[.,\\s₫đ]", "");
        if (!digits.matches("\\d{1,12}")) {
            return null;
        }
        return Long.valueOf(digits);
    }

    private static int number(String text, int otherwise) {
        if (text == null || !text.strip().matches("\\d{1,6}")) {
            return otherwise;
        }
        return Integer.parseInt(text.strip());
    }
}
