package vn.chophien.web;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Answers any path under {@code /api} that no resource claims, so unknown paths get a problem+json 404 too. Not an
 * operation of the API: hidden from the OpenAPI document.
 */
@Path("/api/{path: .*}")
public class ApiFallbackResource {

    @GET
    @Operation(hidden = true)
    public void get() {
        throw new NotFoundException();
    }

    @POST
    @Operation(hidden = true)
    public void post() {
        throw new NotFoundException();
    }

    @PUT
    @Operation(hidden = true)
    public void put() {
        throw new NotFoundException();
    }

    @PATCH
    @Operation(hidden = true)
    public void patch() {
        throw new NotFoundException();
    }

    @DELETE
    @Operation(hidden = true)
    public void delete() {
        throw new NotFoundException();
    }
}
