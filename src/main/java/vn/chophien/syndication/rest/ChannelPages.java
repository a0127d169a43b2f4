package vn.chophien.syndication.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.chophien.outbox.OutboxEvent;
import vn.chophien.outbox.OutboxStore;
import vn.chophien.syndication.ChannelOverview;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/** The admin's overview of every partner channel, with the dead letters to retry; works without JavaScript. */
@Path("/admin/channels")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("ADMIN")
public class ChannelPages {

    static final int FAILURES_SHOWN = 100;

    @CheckedTemplate(basePath = "syndication")
    static class Templates {
        static native TemplateInstance admin(Page page, List<ChannelOverview.ChannelFigures> channels,
                List<OutboxEvent> failures);
    }

    private final ChannelOverview overview;
    private final OutboxStore outbox;
    private final Pages pages;

    ChannelPages(ChannelOverview overview, OutboxStore outbox, Pages pages) {
        this.overview = overview;
        this.outbox = outbox;
        this.pages = pages;
    }

    @GET
    public TemplateInstance admin() {
        return pages.render(Templates.admin(pages.page(), overview.figures(), outbox.failures(FAILURES_SHOWN)));
    }

    @POST
    @Path("failures/{id}/retry")
    public Response retry(@PathParam("id") long id) {
        outbox.retry(id);
        return Response.seeOther(URI.create("/admin/channels#failures")).build();
    }
}
