package vn.chophien.notification;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/** The notifications page the bell leads to: newest first, unread ones marked, all read with one button. */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class NotificationPages {

    static final int PAGE_SIZE = 20;

    /** Where the newer and older pages of the list are, counted from 1 for people. */
    public record Pager(int number, int pages, String newerUrl, String olderUrl) {
        static Pager of(int index, long total) {
            int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            return new Pager(index + 1, pages, index > 0 ? url(index - 1) : null,
                    index + 1 < pages ? url(index + 1) : null);
        }

        private static String url(int index) {
            return index == 0 ? "/notifications" : "/notifications?page=" + (index + 1);
        }

        public boolean several() {
            return pages > 1;
        }
    }

    @CheckedTemplate(basePath = "notification")
    static class Templates {
        static native TemplateInstance list(Page page, NotificationViews.NotificationList list, Pager pager);
    }

    private final Notifications notifications;
    private final Pages pages;
    private final SecurityIdentity identity;

    NotificationPages(Notifications notifications, Pages pages, SecurityIdentity identity) {
        this.notifications = notifications;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list(@QueryParam("page") String number) {
        int index = number != null && number.matches("\\d{1,5}") ? Math.max(0, Integer.parseInt(number) - 1) : 0;
        Page page = pages.page();
        var list = notifications.list(CurrentAccount.id(identity), index, PAGE_SIZE, page.locale());
        return pages.render(Templates.list(page, list, Pager.of(index, list.total())));
    }

    @POST
    @Path("read-all")
    public Response readAll() {
        notifications.markAllRead(CurrentAccount.id(identity));
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
