package vn.chophien.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.ForbiddenException;

/**
 * Protects what a browser sends on its own: any unsafe request that is a form post, or that rides on the session
 * cookie, must repeat the CSRF cookie's value in the {@code csrf-token} field or the {@code X-CSRF-Token} header.
 * API clients that authenticate with {@code Authorization: Bearer} and send no session cookie carry no ambient
 * credentials and are not asked; a request with the session cookie is asked whatever else it carries.
 */
public class CsrfFilter {

    @Inject
    CsrfToken csrf;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(CsrfToken.COOKIE);
        String expected = csrf.adopt(cookie == null ? null : cookie.getValue());
        if (isSafe(request.getMethod())) {
            if (expected == null && isPage(request.getUriInfo().getPath())) {
                csrf.getToken(); // a page may hold a form: give the browser its token now, with this response
            }
            return;
        }
        if (!needsToken(request)) {
            return;
        }
        String presented = request.getHeaderString(CsrfToken.HEADER);
        if (presented == null && isForm(request.getMediaType())) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(CsrfToken.FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (expected == null || presented == null || !MessageDigest
                .isEqual(expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII))) {
            throw new ForbiddenException("CSRF token missing or wrong");
        }
    }

    @ServerResponseFilter
    public void issue(ContainerResponseContext response) {
        if (csrf.isFresh()) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(CsrfToken.COOKIE)
                    .value(csrf.getToken()).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX).build());
        }
    }

    private static boolean needsToken(ResteasyReactiveContainerRequestContext request) {
        boolean session = request.getCookies().containsKey(SessionCookie.NAME);
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!session && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return isForm(request.getMediaType()) || session;
    }

    private static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/assets/")
                && !path.startsWith("/photos/") && !path.startsWith("/webhooks/");
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && ("application".equals(type.getType()) && "x-www-form-urlencoded".equals(type.getSubtype())
                        || "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype()));
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
