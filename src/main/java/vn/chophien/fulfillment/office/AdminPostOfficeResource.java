package vn.chophien.fulfillment.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Where an ADMIN opens post offices and gives them their communes. */
@Path("/api/admin/post-offices")
@RolesAllowed("ADMIN")
public class AdminPostOfficeResource {

    private final PostOfficeService offices;

    AdminPostOfficeResource(PostOfficeService offices) {
        this.offices = offices;
    }

    @POST
    @Operation(operationId = "createPostOffice", summary = "Open a post office serving some communes (409 naming"
            + " the office when a commune is served already)")
    public Response create(@NotNull @Valid PostOfficeRequests.Create body) {
        return Response.status(Response.Status.CREATED).entity(offices.create(body)).build();
    }
}
