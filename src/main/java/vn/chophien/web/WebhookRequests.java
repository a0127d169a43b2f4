package vn.chophien.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.HttpHeaders;

import com.fasterxml.jackson.core.JacksonException;

/** What every partner's webhook needs of its request: the headers by lower-case name, and its failures as problems. */
public final class WebhookRequests {

    private WebhookRequests() {
    }

    /** The request's headers, the first value of each, names in lower case. */
    public static Map<String, String> headers(HttpHeaders headers) {
        Map<String, String> named = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                named.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        return named;
    }

    /**
     * What to answer for a push that failed on its way through the route: the problem it raised, a 400 for a body
     * that is not what the partner sends, or the failure itself (a 500: the partner will push again).
     */
    public static RuntimeException problemOf(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return problem;
            }
            if (t instanceof JacksonException || t instanceof IllegalArgumentException) {
                return new ProblemException(400, "malformed-json");
            }
        }
        return failure;
    }
}
