package vn.chophien.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * What every response tells the browser, set in one place so that pages and endpoints added later have it too: a
 * Content-Security-Policy that allows scripts only from this site (the pages carry no inline script) and styles from
 * it and the one stylesheet every page inlines (by its hash),
 * never to be framed, no MIME sniffing, a referrer that stops at the origin, {@code Cache-Control: no-store} on
 * whatever answered a signed-in request, and on an https deployment HSTS and {@code Secure}, {@code __Host-} cookies.
 *
 * <p>
 * The code names its cookies plainly ({@code chophien_session}); on https they travel as
 * {@code __Host-chophien_session}, which a browser accepts only from this host over https, with path {@code /}. This
 * filter renames them on the way out and back on the way in, and ignores a plainly named one arriving over https
 * (a neighbouring subdomain could have planted it).
 */
@ApplicationScoped
public class BrowserProtections {

    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    /**
     * The staff pages may also compile WebAssembly: where the phone's browser has no BarcodeDetector, the label
     * scanner is a ZXing reader compiled to it, served from our own assets.
     */
    static final String STAFF_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
    static final String PREFIX = "__Host-";
    /** The cookies that carry a session, its CSRF token or a visitor's cart. */
    static final Set<String> GUARDED = Set.of(SessionCookie.NAME, CsrfToken.COOKIE, "chophien_cart");

    private final boolean https;
    private final boolean secureCookies;
    /** The policies as sent: styles from this site, and the one stylesheet inlined in every page's head. */
    private final String csp;
    private final String staffCsp;

    BrowserProtections(@ConfigProperty(name = "chophien.public-url") String publicUrl,
            @ConfigProperty(name = "chophien.session.secure-cookie", defaultValue = "false") boolean secureCookie,
            Assets assets) {
        this.https = publicUrl.strip().toLowerCase().startsWith("https:");
        this.secureCookies = https || secureCookie;
        String inlineStyle = "style-src 'self' " + assets.cssHash();
        this.csp = CSP.replace("style-src 'self'", inlineStyle);
        this.staffCsp = STAFF_CSP.replace("style-src 'self'", inlineStyle);
    }

    /** Whether the service is reached over https, so its cookies are Secure and {@code __Host-} prefixed. */
    public boolean https() {
        return https;
    }

    void register(@Observes Filters filters) {
        filters.register(this::protect, 4000);
    }

    private void protect(RoutingContext rc) {
        String path = rc.normalizedPath();
        if (https) {
            String cookies = rc.request().getHeader(HttpHeaders.COOKIE);
            if (cookies != null) {
                rc.request().headers().set(HttpHeaders.COOKIE, inbound(cookies));
            }
        }
        boolean signedIn = rc.request().getHeader(HttpHeaders.AUTHORIZATION) != null
                || hasCookie(rc.request().getHeader(HttpHeaders.COOKIE), SessionCookie.NAME);
        rc.addHeadersEndHandler(ignored -> {
            MultiMap headers = rc.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            headers.set("X-Frame-Options", "DENY");
            if (!path.startsWith("/q/swagger-ui")) {
                headers.set("Content-Security-Policy", path.startsWith("/postal") ? staffCsp : csp);
            }
            if (https) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            List<String> setCookies = headers.getAll(HttpHeaders.SET_COOKIE);
            boolean startsSession = setCookies.stream().anyMatch(c -> c.startsWith(SessionCookie.NAME + "="));
            if ((signedIn || startsSession) && !isStatic(path)) {
                headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                headers.remove(HttpHeaders.ETAG);
            }
            if (secureCookies && !setCookies.isEmpty()) {
                List<String> rewritten = new ArrayList<>();
                setCookies.forEach(c -> rewritten.add(outbound(c)));
                headers.remove(HttpHeaders.SET_COOKIE);
                rewritten.forEach(c -> headers.add(HttpHeaders.SET_COOKIE, c));
            }
        });
        rc.next();
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/assets/") || path.startsWith("/photos/");
    }

    /** A guarded cookie as it leaves: Secure, and on https under its {@code __Host-} name. */
    String outbound(String setCookie) {
        String name = setCookie.substring(0, Math.max(0, setCookie.indexOf('=')));
        if (!GUARDED.contains(name)) {
            return setCookie;
        }
        String cookie = https ? PREFIX + setCookie : setCookie;
        return cookie.toLowerCase().contains("; secure") || cookie.toLowerCase().contains(";secure")
                ? cookie
                : cookie + "; Secure";
    }

    /** The request's cookies as the code knows them: {@code __Host-} names made plain, plain guarded ones dropped. */
    static String inbound(String header) {
        StringBuilder out = new StringBuilder();
        for (String part : header.split(";")) {
            String cookie = part.strip();
            String name = cookie.substring(0, Math.max(0, cookie.indexOf('=')));
            if (GUARDED.contains(name)) {
                continue;
            }
            if (name.startsWith(PREFIX) && GUARDED.contains(name.substring(PREFIX.length()))) {
                cookie = cookie.substring(PREFIX.length());
            }
            if (!cookie.isEmpty()) {
                out.append(out.isEmpty() ? "" : "; ").append(cookie);
            }
        }
        return out.toString();
    }

    private static boolean hasCookie(String header, String name) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(";")) {
            if (part.strip().startsWith(name + "=")) {
                return true;
            }
        }
        return false;
    }
}
