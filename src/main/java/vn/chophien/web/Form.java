package vn.chophien.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.TreeMap;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * What a page form sent, and its errors by field name, ready to show again next to the fields; {@code ""} holds an
 * error about the whole form. The one form helper of every feature's pages: errors are collected as the form is
 * checked ({@link #check}, {@link #reject}), the first per field winning.
 */
public record Form(Map<String, String> values, Map<String, String> errors) {

    /** How pages show a day. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** How people write a day here; strictly, so that 31/02 is a mistake rather than the 28th. */
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Errors are kept in a map of the form's own, so that checking a form never touches the caller's map. */
    public Form {
        errors = new TreeMap<>(errors);
    }

    public static Form empty() {
        return new Form(Map.of(), new TreeMap<>());
    }

    /** Values from name, value pairs, trimmed; a null value is kept as empty. */
    public static Form of(String... pairs) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1].strip());
        }
        return new Form(values, new TreeMap<>());
    }

    /** The same values with these errors added (a field's first error is kept). */
    public Form withErrors(Map<String, String> more) {
        Map<String, String> all = new TreeMap<>(errors);
        more.forEach(all::putIfAbsent);
        return new Form(values, all);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** Adds the first violation of each field of {@code request}, unless the field already has an error. */
    public <T> Form check(Validator validator, T request) {
        for (ConstraintViolation<T> v : validator.validate(request)) {
            errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage());
        }
        return this;
    }

    /** Adds an error for a field, unless it already has one. */
    public Form reject(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    /** A date as a date field sends it (2026-11-30), or as people write it here (30/11/2026); null when neither. */
    public static LocalDate day(String text) {
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
    public static boolean notADay(String text) {
        return text != null && !text.isBlank() && day(text) == null;
    }

    /** A day as pages show it (30/11/2026), or empty. */
    public static String show(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
