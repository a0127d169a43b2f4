package vn.chophien.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.AccountService;
import vn.chophien.account.CurrentAccount;
import vn.chophien.account.PhoneNumber;

/** Seller profiles: a SELLER account creates its own; anyone reads the public one. */
@Path("/api/sellers")
public class SellerResource {

    private static final int PROFILE_PRODUCTS = 24;

    private final CatalogService catalog;
    private final CatalogMapper mapper;
    private final Listings listings;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    SellerResource(CatalogService catalog, CatalogMapper mapper, Listings listings, AccountService accounts,
            SecurityIdentity identity) {
        this.catalog = catalog;
        this.mapper = mapper;
        this.listings = listings;
        this.accounts = accounts;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("SELLER")
    @Transactional // the answer is mapped from the entities while they are still attached
    public Response create(@NotNull @Valid CatalogRequests.CreateSeller body) {
        Seller seller = catalog.createSeller(CurrentAccount.id(identity), body);
        return Response.status(Response.Status.CREATED).entity(mapper.ownView(seller)).build();
    }

    /** The public profile, with the seller's newest published products. */
    @GET
    @Path("/{id}")
    public CatalogViews.SellerView profile(@PathParam("id") long id) {
        Seller seller = catalog.seller(id);
        return new CatalogViews.SellerView(seller.id, seller.slug, seller.name, seller.kind,
                mapper.place(seller.communeCode), seller.address, seller.phone,
                listings.find(ListingQuery.ofSeller(id, 0, PROFILE_PRODUCTS)).items());
    }

    /** A cooperative's owner adds a member by the phone the member registered with. */
    @POST
    @Path("/{id}/members")
    @RolesAllowed("SELLER")
    public Response addMember(@PathParam("id") long id, @NotNull @Valid CatalogRequests.AddMember body) {
        long member = accounts.idOfSeller(PhoneNumber.normalise(body.phone()).orElseThrow());
        catalog.addMember(CurrentAccount.id(identity), id, member);
        return Response.status(Response.Status.CREATED).build();
    }
}
