package vn.chophien.web;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Redirect targets taken from a request, kept on this site (no {@code //evil.example} or absolute URLs), and only ones
 * that are well-formed addresses: anything else (a space, {@code %zz}, a brace) sends the visitor home.
 */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        try {
            URI uri = new URI(path);
            return uri.isAbsolute() || uri.getRawAuthority() != null ? "/" : path;
        } catch (URISyntaxException e) {
            return "/";
        }
    }
}
