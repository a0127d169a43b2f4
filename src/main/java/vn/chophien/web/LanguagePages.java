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

/** The switch between Vietnamese and English, kept for a year. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LanguagePages {

    /** Remembers the chosen language for a year, then returns to the page the visitor was on. */
    @GET
    @Path("lang/{code: vi|en}")
    public Response language(@PathParam("code") String code, @QueryParam("next") String next) {
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(code).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(LocalPath.orHome(next))).cookie(cookie).build();
    }
}
