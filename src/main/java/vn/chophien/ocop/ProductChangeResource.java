package vn.chophien.ocop;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;

/** Certified products whose name, category or origin changed, for an OCOP officer of their province to confirm. */
@Path("/api/ocop/changes")
@RolesAllowed("OCOP_OFFICER")
public class ProductChangeResource {

    /** What was certified beside what the product became; its badge is suspended until confirmed. */
    public record ChangeView(long id, long productId, String status, String certifiedName, String certifiedCategory,
            String certifiedOriginCommuneCode, String name, String category, String originCommuneCode,
            Instant changedAt) {
        static ChangeView of(ProductChange c) {
            return new ChangeView(c.id, c.productId, c.status, c.certifiedName, c.certifiedCategory, c.certifiedOrigin,
                    c.name, c.category, c.originCommuneCode, c.changedAt);
        }
    }

    private final ProductChanges changes;
    private final SecurityIdentity identity;

    ProductChangeResource(ProductChanges changes, SecurityIdentity identity) {
        this.changes = changes;
        this.identity = identity;
    }

    @GET
    public List<ChangeView> waiting() {
        return changes.waiting(CurrentAccount.id(identity)).stream().map(ChangeView::of).toList();
    }

    @POST
    @Path("/{id}/confirm")
    public ChangeView confirm(@PathParam("id") long id) {
        return ChangeView.of(changes.confirm(CurrentAccount.id(identity), id));
    }
}
