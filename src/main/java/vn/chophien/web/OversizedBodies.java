package vn.chophien.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * A body over its endpoint's limit is refused by its declared length before any of it is read or buffered, with the
 * answer every other error gets: problem+json from the API and webhooks, the error page elsewhere, naming the limit.
 * Every path gets the small default ({@link BodyLimitConfig}); endpoints annotated {@link BodyLimit} (uploads, bulk
 * imports) get theirs, found once at start among the resource classes, so an endpoint added later is covered without
 * a word here. A body of unknown length (chunked) is refused with 411 where the limit is below the transport's, since
 * its size could only be learnt by reading it.
 */
@ApplicationScoped
class OversizedBodies {

    /** An endpoint with a limit of its own: its HTTP method and its path as a pattern. */
    record Rule(String method, Pattern path, long limit) {
    }

    private final long transportLimit;
    private final long defaultLimit;
    private final Messages messages;
    private final ErrorPages errorPages;
    private final ObjectMapper json;
    private volatile List<Rule> rules;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize transportLimit,
            BodyLimitConfig config, Messages messages, ErrorPages errorPages, ObjectMapper json) {
        this.transportLimit = transportLimit.asLongValue();
        this.defaultLimit = Math.min(config.defaultSize().asLongValue(), this.transportLimit);
        this.messages = messages;
        this.errorPages = errorPages;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 3000);
    }

    /** The limit of a request: its endpoint's own, else the default. */
    long limitOf(String method, String path) {
        for (Rule rule : rules()) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
                return rule.limit();
            }
        }
        return defaultLimit;
    }

    private List<Rule> rules() {
        List<Rule> known = rules;
        if (known == null) {
            known = BodyLimits.ofResources(transportLimit);
            rules = known;
        }
        return known;
    }

    private void check(RoutingContext rc) {
        long declared = declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        boolean unknownLength = declared < 0 && (rc.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                || rc.request().version() == HttpVersion.HTTP_2 && carriesBody(rc.request().method().name()));
        if (declared <= 0 && !unknownLength) {
            rc.next(); // no body, as with every page view: no endpoint's pattern needs matching
            return;
        }
        long limit = limitOf(rc.request().method().name(), rc.normalizedPath());
        if (declared <= limit && !(unknownLength && limit < transportLimit)) {
            rc.next();
            return;
        }
        Cookie chosen = rc.request().getCookie(Languages.COOKIE);
        Locale locale = Languages.of(chosen == null ? null : chosen.getValue(),
                rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        int status = unknownLength ? 411 : 413;
        String key = unknownLength ? "length-required" : "too-large";
        String detail = messages.get(locale, unknownLength ? "body-length-required" : "body-too-large", size(limit));
        String type;
        String body;
        if (ProblemMappers.isApi(rc.normalizedPath())) {
            type = Problem.MEDIA_TYPE;
            body = problem(locale, status, key, detail, limit);
        } else {
            type = "text/html;charset=UTF-8";
            body = errorPages.render(locale, status, detail, null);
        }
        // The rest of the body is never read: the connection closes once the answer is sent.
        rc.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    private static boolean carriesBody(String method) {
        return "POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method);
    }

    /** A limit as people read it: "64 KB", "12 MB". */
    static String size(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / 1024 / 1024 + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    private String problem(Locale locale, int status, String key, String detail, long limit) {
        try {
            return json.writeValueAsString(new Problem("https://chophien.vn/problems/" + key,
                    messages.get(locale, "title." + status), status, detail, null, null, Map.of("maxBytes", limit)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // the HTTP layer refuses a malformed length itself
        }
    }
}
