package vn.chophien.web;

import jakarta.ws.rs.core.NewCookie;

import org.eclipse.microprofile.config.ConfigProvider;

/** The HttpOnly, SameSite=Lax cookie that carries the signed-in session's token for the pages. */
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
        var config = ConfigProvider.getConfig();
        return new NewCookie.Builder(NAME).value(value).path("/").httpOnly(true)
                .secure(config.getValue("chophien.session.secure-cookie", Boolean.class))
                .sameSite(NewCookie.SameSite.LAX);
    }
}
