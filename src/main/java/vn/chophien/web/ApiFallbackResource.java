package vn.chophien.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Answers any path under {@code /api} that no resource claims, so unknown paths get a problem+json 404 too. */
@Path("/api/{path: .*}")
public class ApiFallbackResource {

    @GET
    public void get() {
        throw new NotFoundException();
    }

    @POST
    public void post() {
        throw new NotFoundException();
    }

    @PUT
    public void put() {
        throw new NotFoundException();
    }

    @PATCH
    public void patch() {
        throw new NotFoundException();
    }

    @DELETE
    public void delete() {
        throw new NotFoundException();
    }
}
