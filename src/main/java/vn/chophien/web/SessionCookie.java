package vn.chophien.web;

import jakarta.ws.rs.core.NewCookie;

/**
 * The HttpOnly, SameSite=Lax cookie that carries the signed-in session's token for the pages. On an https deployment
 * {@link BrowserProtections} sends it as {@code __Host-chophien_session}, Secure.
 */
public final class SessionCookie {

    /** Also {@code mp.jwt.token.cookie}, where the token is read back. */
    public static final String NAME = "chophien_session";

    private SessionCookie() {
    }

    public static NewCookie of(String token, long maxAgeSeconds) {
        return builder(token).maxAge((int) maxAgeSeconds).build();
    }

    public static NewCookie cleared() {
        return builder("").maxAge(0).build();
    }

    private static NewCookie.Builder builder(String value) {
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true).sameSite(NewCookie.SameSite.LAX);
    }
}
