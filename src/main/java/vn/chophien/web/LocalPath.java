package vn.chophien.web;

/** Redirect targets taken from a request, kept on this site (no {@code //evil.example} or absolute URLs). */
public final class LocalPath {

    private LocalPath() {
    }

    public static String orHome(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
