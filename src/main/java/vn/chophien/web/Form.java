package vn.chophien.web;

import java.util.Map;
import java.util.TreeMap;

/** A page form's values and what was wrong with them, by field name; {@code ""} holds an error about the whole form. */
public record Form(Map<String, String> values, Map<String, String> errors) {

    public static Form empty() {
        return new Form(Map.of(), Map.of());
    }

    /** Values from name, value pairs; a null value is kept as empty. */
    public static Form of(String... pairs) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return new Form(values, Map.of());
    }

    public Form withErrors(Map<String, String> errors) {
        return new Form(values, errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }
}
