package vn.chophien.notification;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Languages;

/** The signed-in account's own notifications; anyone else's do not exist. */
@Path("/api/notifications")
@Authenticated
public class NotificationResource {

    static final int MAX_SIZE = 100;

    private final Notifications notifications;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;

    NotificationResource(Notifications notifications, SecurityIdentity identity, HttpHeaders headers) {
        this.notifications = notifications;
        this.identity = identity;
        this.headers = headers;
    }

    /** Newest first, texts in the request's language. */
    @GET
    public NotificationViews.NotificationList list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return notifications.list(CurrentAccount.id(identity), page, size, Languages.of(headers));
    }

    @POST
    @Path("{id}/read")
    public NotificationViews.NotificationView read(@PathParam("id") long id) {
        return notifications.markRead(CurrentAccount.id(identity), id, Languages.of(headers));
    }

    /** Answers how many were marked, and what is left unread (none). */
    @POST
    @Path("read-all")
    public Map<String, Long> readAll() {
        long account = CurrentAccount.id(identity);
        int marked = notifications.markAllRead(account);
        return Map.of("marked", (long) marked, "unread", notifications.unread(account));
    }
}
