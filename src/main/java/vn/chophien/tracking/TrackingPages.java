package vn.chophien.tracking;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/** The public tracking page a label's QR code opens: phone-sized, Vietnamese unless English is asked for. */
@Path("/track")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class TrackingPages {

    @CheckedTemplate(basePath = "tracking")
    static class Templates {
        static native TemplateInstance track(Page page, TrackingView tracking);
    }

    private final TrackingService tracking;
    private final Pages pages;

    TrackingPages(TrackingService tracking, Pages pages) {
        this.tracking = tracking;
        this.pages = pages;
    }

    /** A code typed into the form on the page. */
    @GET
    public Response typed(@QueryParam("code") String code) {
        String clean = code == null ? "" : code.strip().replace(" ", "");
        return Response.seeOther(java.net.URI.create(clean.matches("[A-Za-z0-9]{1,32}") ? "/track/" + clean : "/"))
                .build();
    }

    @GET
    @Path("/{code}")
    @Transactional
    public TemplateInstance track(@PathParam("code") String code) {
        Page page = pages.page();
        return pages.render(Templates.track(page, tracking.view(code, page.locale())));
    }
}
