package vn.chophien.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on, named by a message key from {@code i18n/problems*.properties} so the response
 * speaks the request's language. Thrown by services; mapped to problem+json (or a page) at the edge.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String key;
    private final transient Object[] args;
    private final transient List<Problem.FieldError> errors;
    private final transient Map<String, String> headers;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String key, Object... args) {
        this(status, key, List.of(), Map.of(), Map.of(), args);
    }

    private ProblemException(int status, String key, List<Problem.FieldError> errors, Map<String, String> headers,
            Map<String, Object> extensions, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args;
        this.errors = errors;
        this.headers = headers;
        this.extensions = extensions;
    }

    /** A 400 naming one field, for rules a constraint annotation cannot express. */
    public static ProblemException invalidField(String field, String key, Object... args) {
        return new ProblemException(400, "validation", List.of(new Problem.FieldError(field, key)), Map.of(), Map.of(),
                args);
    }

    /** The same problem, sent with an extra response header (such as {@code Retry-After}). */
    public ProblemException withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new ProblemException(status, key, errors, Map.copyOf(more), extensions, args);
    }

    /** The same problem with a member of its own in the document (RFC 9457 extensions), such as what is short. */
    public ProblemException with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new ProblemException(status, key, errors, headers, Collections.unmodifiableMap(more), args);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public int status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args;
    }

    /** Field errors whose message is still a key, translated when the response is written. */
    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
