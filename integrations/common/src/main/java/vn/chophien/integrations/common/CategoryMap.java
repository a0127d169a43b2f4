package vn.chophien.integrations.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Our categories to a partner's, as data: a CSV on the classpath with the header {@code category,partner_id,
 * partner_name} (one line per category of ours; a category left out has no counterpart there and its listings are
 * sent without one, for the partner to refuse).
 */
public final class CategoryMap {

    /** A partner's category. */
    public record PartnerCategory(String id, String name) {
    }

    private final Map<String, PartnerCategory> byOurs;

    private CategoryMap(Map<String, PartnerCategory> byOurs) {
        this.byOurs = byOurs;
    }

    public static CategoryMap load(String resource) {
        try (InputStream in = CategoryMap.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No category map at " + resource);
            }
            Map<String, PartnerCategory> map = new HashMap<>();
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                map.put(row.get("category"), new PartnerCategory(row.get("partner_id"), row.get("partner_name")));
            }
            return new CategoryMap(Map.copyOf(map));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<PartnerCategory> of(String ourCategory) {
        return Optional.ofNullable(byOurs.get(ourCategory));
    }

    public Map<String, PartnerCategory> all() {
        return byOurs;
    }
}
