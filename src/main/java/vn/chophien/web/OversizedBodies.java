package vn.chophien.web;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by its declared length before any of it is read,
 * with the answer every other error gets: problem+json from the API, the error page elsewhere. Left to the HTTP
 * layer, a farmer sending a too-large photo would get an empty 413 and no word of what the limit is.
 */
@ApplicationScoped
class OversizedBodies {

    private final long limit;
    private final Messages messages;
    private final ErrorPages errorPages;
    private final ObjectMapper json;

    OversizedBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit, Messages messages,
            ErrorPages errorPages, ObjectMapper json) {
        this.limit = limit.asLongValue();
        this.messages = messages;
        this.errorPages = errorPages;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 3000);
    }

    private void check(RoutingContext rc) {
        if (declaredLength(rc.request().getHeader(HttpHeaders.CONTENT_LENGTH)) <= limit) {
            rc.next();
            return;
        }
        Cookie chosen = rc.request().getCookie(Languages.COOKIE);
        Locale locale = Languages.of(chosen == null ? null : chosen.getValue(),
                rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        String detail = messages.get(locale, "body-too-large", limit / 1024 / 1024);
        String type;
        String body;
        if (ProblemMappers.isApi(rc.normalizedPath())) {
            type = Problem.MEDIA_TYPE;
            body = problem(locale, detail);
        } else {
            type = "text/html;charset=UTF-8";
            body = errorPages.render(locale, 413, detail, null);
        }
        // The rest of the body is never read: the connection closes once the answer is sent.
        rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, type)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }

    private String problem(Locale locale, String detail) {
        try {
            return json.writeValueAsString(new Problem("https://chophien.vn/problems/too-large",
                    messages.get(locale, "title.413"), 413, detail, null, null, Map.of()));
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
