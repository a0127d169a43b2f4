package vn.chophien.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import vn.chophien.web.Languages;

/** Moderation: an ADMIN rejects a listing, with a reason the seller reads. */
@Path("/api/admin/products")
@RolesAllowed("ADMIN")
public class AdminProductResource {

    private final CatalogService catalog;
    private final CatalogMapper mapper;
    private final HttpHeaders headers;

    AdminProductResource(CatalogService catalog, CatalogMapper mapper, HttpHeaders headers) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.headers = headers;
    }

    @POST
    @Path("/{id}/reject")
    @Transactional // the answer is mapped from the entities while they are still attached
    public CatalogViews.ProductView reject(@PathParam("id") long id, @NotNull @Valid CatalogRequests.Reject body) {
        return mapper.view(catalog.reject(id, body.reason()), Languages.of(headers));
    }
}
