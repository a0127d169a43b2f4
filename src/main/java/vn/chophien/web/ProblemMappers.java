package vn.chophien.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into what the caller can read: problem+json for {@code /api/**} and webhooks, a sign-in redirect
 * or an error page for the pages. Nothing internal (stack trace, SQL) leaves; a 500 carries an id found in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Messages messages;

    @Inject
    ErrorPages errorPages;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        List<Problem.FieldError> errors = e.errors().stream()
                .map(f -> new Problem.FieldError(f.field(), messages.get(locale, f.message(), e.args()))).toList();
        String detail = errors.isEmpty() ? messages.get(locale, e.key(), e.args()) : messages.get(locale, e.key());
        Response.ResponseBuilder response = respond(e.status(), e.key(), detail, errors.isEmpty() ? null : errors, null,
                e.extensions(), headers, uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
        return respond(400, "validation", messages.get(Languages.of(headers), "validation"), errors, null, headers, uri)
                .build();
    }

    /** Wrong JSON types (a word where a number belongs, an unknown enum value): named by field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return unreadable(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        if (e instanceof JsonMappingException mapping && !isSyntaxError(e) && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            List<Problem.FieldError> errors = List
                    .of(new Problem.FieldError(field, messages.get(locale, "invalid-value")));
            return respond(400, "validation", messages.get(locale, "validation"), errors, null, headers, uri).build();
        }
        return respond(400, "malformed-json", messages.get(locale, "malformed-json"), null, null, headers, uri).build();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        if (!isApi(uri)) {
            String next = URLEncoder.encode(uri.getRequestUri().getRawPath(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/login?next=" + next)).cookie(SessionCookie.cleared()).build();
        }
        return respond(401, "unauthenticated", messages.get(Languages.of(headers), "unauthenticated"), null, null,
                headers, uri).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** Two writers changed the same row at once; the one that lost may reload and try again. */
    @ServerExceptionMapper
    public Response conflict(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return respond(409, "edited-meanwhile", messages.get(Languages.of(headers), "edited-meanwhile"), null, null,
                headers, uri).build();
    }

    /** A sum of money or grams past what a long holds: refused, never wrapped round to a small or negative one. */
    @ServerExceptionMapper
    public Response overflow(ArithmeticException e, HttpHeaders headers, UriInfo uri) {
        return respond(422, "amount-too-large", messages.get(Languages.of(headers), "amount-too-large"), null, null,
                headers, uri).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return respond(403, "forbidden", messages.get(Languages.of(headers), "forbidden"), null, null, headers, uri)
                .build();
    }

    @ServerExceptionMapper
    public Response framework(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, headers, uri);
        }
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String key = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return respond(status, key, messages.get(Languages.of(headers), key), null, null, headers, uri).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        String id = UUID.randomUUID().toString().substring(0, 13);
        LOG.errorf(e, "Unexpected failure %s on %s", id, uri.getRequestUri().getRawPath());
        return respond(500, "internal", messages.get(Languages.of(headers), "internal", id), null, id, headers, uri)
                .build();
    }

    private Response.ResponseBuilder respond(int status, String key, String detail, List<Problem.FieldError> errors,
            String errorId, HttpHeaders headers, UriInfo uri) {
        return respond(status, key, detail, errors, errorId, Map.of(), headers, uri);
    }

    private Response.ResponseBuilder respond(int status, String key, String detail, List<Problem.FieldError> errors,
            String errorId, Map<String, Object> extensions, HttpHeaders headers, UriInfo uri) {
        Locale locale = Languages.of(headers);
        if (!isApi(uri)) {
            return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(errorPages.render(locale, status, detail, errors));
        }
        Problem problem = new Problem("https://chophien.vn/problems/" + key, messages.get(locale, "title." + status),
                status, detail, errors, errorId, extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    /** Broken JSON, even when Jackson reports it against the field it was reading. */
    private static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(UriInfo uri) {
        return isApi(uri.getPath());
    }

    static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/webhooks/");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Parameter paths look like "register.body.lines[0].quantity": the field is what follows the parameter.
        StringBuilder field = new StringBuilder();
        String parameter = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
            if (node.getKind() != ElementKind.PROPERTY) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? parameter : field.toString();
    }
}
