package vn.chophien.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What every page's layout needs to know about the request: its language, who is signed in (their name, and their id
 * for the scripts that keep things on the phone per account), whether they sell, verify OCOP certificates, work at a
 * post office or administer (their header links to their pages), and how many of their notifications are unread.
 */
public record Page(Locale locale, String userName, String path, boolean seller, boolean officer, boolean postal,
        boolean admin, long unreadNotifications, Long accountId) {

    public Page(Locale locale, String userName, String path, boolean seller, boolean officer, boolean postal,
            boolean admin, long unreadNotifications) {
        this(locale, userName, path, seller, officer, postal, admin, unreadNotifications, null);
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** This page's path, ready to be a {@code next=} query parameter. */
    public String pathParam() {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    public boolean signedIn() {
        return userName != null;
    }
}
