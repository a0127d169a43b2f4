package vn.chophien.fulfillment.office;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import vn.chophien.place.PlaceService;
import vn.chophien.web.ProblemException;

/** Post offices: an ADMIN opens them; anyone may ask which office collects from a commune. */
@Path("/api")
public class PostOfficeResource {

    private final PostOfficeService offices;
    private final PlaceService places;

    PostOfficeResource(PostOfficeService offices, PlaceService places) {
        this.offices = offices;
        this.places = places;
    }

    @POST
    @Path("/admin/post-offices")
    @RolesAllowed("ADMIN")
    @Operation(operationId = "createPostOffice", summary = "Open a post office serving some communes (409 naming"
            + " the office when a commune is served already)")
    public Response create(@NotNull @Valid PostOfficeRequests.Create body) {
        return Response.status(Response.Status.CREATED).entity(offices.create(body)).build();
    }

    @GET
    @Path("/post-offices")
    @PermitAll
    @Operation(operationId = "listPostOffices", summary = "Every office, or the one serving a commune")
    public List<PostOfficeView> list(@QueryParam("communeCode") String communeCode) {
        if (communeCode == null || communeCode.isBlank()) {
            return offices.all();
        }
        if (places.commune(communeCode.strip()).isEmpty()) {
            throw ProblemException.invalidField("communeCode", "unknown-commune");
        }
        return offices.serving(communeCode.strip()).stream().toList();
    }
}
