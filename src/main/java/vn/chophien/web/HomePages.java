package vn.chophien.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The home page, and the switch between Vietnamese and English. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePages {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance home(Page page);
    }

    private final Pages pages;

    HomePages(Pages pages) {
        this.pages = pages;
    }

    @GET
    public TemplateInstance home() {
        return pages.render(Templates.home(pages.page()));
    }

    /** Remembers the chosen language for a year, then returns to the page the visitor was on. */
    @GET
    @Path("lang/{code: vi|en}")
    public Response language(@PathParam("code") String code, @QueryParam("next") String next) {
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(code).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalPath.orHome(next))).cookie(cookie).build();
    }
}
