package vn.chophien.ocop;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;

/** A seller records the harvest batches of its product; each gets a trace code and a public page. */
@Path("/api/products/{id}/batches")
@RolesAllowed("SELLER")
public class BatchResource {

    private final Traceability traceability;
    private final SecurityIdentity identity;

    BatchResource(Traceability traceability, SecurityIdentity identity) {
        this.traceability = traceability;
        this.identity = identity;
    }

    @POST
    public Response record(@PathParam("id") long productId, @NotNull @Valid OcopRequests.RecordBatch body) {
        Batch batch = traceability.record(CurrentAccount.id(identity), productId, body);
        return Response.status(Response.Status.CREATED).entity(traceability.view(batch)).build();
    }

    @GET
    public List<OcopViews.BatchView> batches(@PathParam("id") long productId) {
        return traceability.batches(CurrentAccount.id(identity), productId).stream().map(traceability::view).toList();
    }
}
