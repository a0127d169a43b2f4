package vn.chophien.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The double-submit token of the current request: the value of the {@code chophien_csrf} cookie, which a page repeats
 * in its forms ({@code {inject:csrf.parameterName}}, {@code {inject:csrf.token}}) and our scripts in a header. A new
 * one is made when the browser has none; {@link CsrfFilter} sets the cookie and checks what comes back.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String COOKIE = "chophien_csrf";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-Token";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Stands in a page rendered once for every visitor; {@link #fillIn} puts each visitor's own token there. */
    static final String PLACEHOLDER = "csrf-placeholder-000000";

    private String token;
    private boolean fresh;
    private boolean placeholder;

    /** Renders with the placeholder instead of this visitor's token, for a page kept for all visitors. */
    public <T> T withPlaceholder(Supplier<T> render) {
        placeholder = true;
        try {
            return render.get();
        } finally {
            placeholder = false;
        }
    }

    /** A page rendered {@link #withPlaceholder with the placeholder}, with this visitor's token in its place. */
    public byte[] fillIn(SharedPage page) {
        return page.with(getToken());
    }

    public String getParameterName() {
        return FIELD;
    }

    public String getToken() {
        if (placeholder) {
            return PLACEHOLDER;
        }
        if (token == null) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            fresh = true;
        }
        return token;
    }

    /** Adopts the browser's token when it is well-formed; returns it, or null. */
    String adopt(String fromCookie) {
        if (fromCookie != null && VALID.matcher(fromCookie).matches()) {
            token = fromCookie;
        }
        return token;
    }

    boolean isFresh() {
        return fresh;
    }
}
