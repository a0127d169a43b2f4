package vn.chophien.ocop;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/** What a form of the OCOP pages sent, and its errors by field, ready to show again next to the fields. */
record PageForm(Map<String, String> values, Map<String, String> errors) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** How people write a day here; strictly, so that 31/02 is a mistake rather than the 28th. */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    static PageForm empty() {
        return new PageForm(Map.of(), new TreeMap<>());
    }

    static PageForm of(String... pairs) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].strip());
        }
        return new PageForm(values, new TreeMap<>());
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    /** Adds the first violation of each field, unless the field already has an error. */
    <T> PageForm check(Validator validator, T request) {
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        return this;
    }

    PageForm reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** A date as a date field sends it (2026-11-30), or as people write it here (30/11/2026); null when neither. */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.contains("/") ? LocalDate.parse(text.strip(), WRITTEN) : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a field holds something that is not a date (an empty one is only missing). */
    static boolean notADay(String text) {
        return text != null && !text.isBlank() && day(text) == null;
    }

    static String show(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
