package vn.chophien.syndication.rest;

import java.net.URI;
import java.util.HashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.syndication.listing.ListingSync;

/** The seller's choice of channels for a product, from the form on the product's page. */
@Path("/seller/products/{id}/channels")
@RolesAllowed("SELLER")
public class ProductChannelPages {

    private final ListingSync sync;
    private final SecurityIdentity identity;

    ProductChannelPages(ListingSync sync, SecurityIdentity identity) {
        this.sync = sync;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@PathParam("id") long id, @RestForm("channels") List<String> channels) {
        sync.choose(CurrentAccount.id(identity), id, channels == null ? new HashSet<>() : new HashSet<>(channels));
        return Response.seeOther(URI.create("/seller/products/" + id + "#channels")).build();
    }
}
