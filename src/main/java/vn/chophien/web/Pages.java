package vn.chophien.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.notification.Notifications;

/** Builds the {@link Page} of the current request and renders page templates in its language. */
@RequestScoped
public class Pages {

    private final HttpHeaders headers;
    private final UriInfo uri;
    private final SecurityIdentity identity;
    private final Notifications notifications;

    Pages(HttpHeaders headers, UriInfo uri, SecurityIdentity identity, Notifications notifications) {
        this.headers = headers;
        this.uri = uri;
        this.identity = identity;
        this.notifications = notifications;
    }

    public Page page() {
        String name = userName();
        Long account = name == null ? null : CurrentAccount.id(identity);
        return new Page(Languages.of(headers), name, uri.getPath(), name != null && identity.hasRole("SELLER"),
                name != null && identity.hasRole("OCOP_OFFICER"), name != null && identity.hasRole("POSTAL_STAFF"),
                name != null && identity.hasRole("ADMIN"), account == null ? 0 : notifications.unread(account),
                account);
    }

    /** The template in the request's language (message bundles follow the instance's locale). */
    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(Languages.of(headers));
    }

    private String userName() {
        try {
            if (identity.isAnonymous()) {
                return null;
            }
        } catch (AuthenticationFailedException e) {
            // An expired or foreign session cookie: the visitor is simply not signed in.
            return null;
        }
        return identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null
                ? token.getClaim("name").toString()
                : identity.getPrincipal().getName();
    }
}
