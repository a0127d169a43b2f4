package vn.chophien.syndication.rest;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.ListingChannels;
import vn.chophien.syndication.listing.ListingSync;
import vn.chophien.web.ProblemException;

/** Where a product is offered besides this storefront: its seller (or an ADMIN) reads it; its seller chooses. */
@Path("/api/products/{id}/channels")
@Authenticated
public class ProductChannelResource {

    /** The channels a product should be offered on, by code; the others take it down. */
    public record ChooseChannels(@NotNull @Size(max = 20) Set<@NotNull @Size(max = 16) String> channels) {
    }

    private final ListingChannels states;
    private final ListingSync sync;
    private final CatalogService catalog;
    private final SecurityIdentity identity;

    ProductChannelResource(ListingChannels states, ListingSync sync, CatalogService catalog,
            SecurityIdentity identity) {
        this.states = states;
        this.sync = sync;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @Operation(operationId = "listProductChannels", summary = "The product's state on every channel")
    public List<ListingChannels.ChannelState> list(@PathParam("id") long id) {
        if (identity.hasRole("ADMIN")) {
            catalog.productFacts(id);
        } else if (identity.hasRole("SELLER")) {
            catalog.ownProductFacts(CurrentAccount.id(identity), id);
        } else {
            throw new ProblemException(403, "forbidden");
        }
        return states.of(id);
    }

    @PUT
    @Operation(operationId = "chooseProductChannels", summary = "Choose the channels a product is offered on")
    public List<ListingChannels.ChannelState> choose(@PathParam("id") long id, @NotNull @Valid ChooseChannels body) {
        if (!identity.hasRole("SELLER")) {
            throw new ProblemException(403, "forbidden");
        }
        sync.choose(CurrentAccount.id(identity), id, body.channels());
        return states.of(id);
    }
}
