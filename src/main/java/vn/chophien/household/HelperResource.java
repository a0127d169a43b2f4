package vn.chophien.household;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.household.code.CodeSignIn;

/**
 * A helper's households: signing one up, listing them, sending one its sign-in code. Its products and photos go
 * through the seller's own endpoints ({@code POST /api/products?sellerId=}, {@code PUT /api/products/{id}}, …).
 */
@Path("/api/helpers/households")
@RolesAllowed({"POSTAL_STAFF", "OCOP_OFFICER"})
public class HelperResource {

    private final HouseholdService households;
    private final CodeSignIn codes;
    private final SecurityIdentity identity;

    HelperResource(HouseholdService households, CodeSignIn codes, SecurityIdentity identity) {
        this.households = households;
        this.codes = codes;
        this.identity = identity;
    }

    @POST
    public Response register(@NotNull @Valid HouseholdRequests.Register body) {
        return Response.status(Response.Status.CREATED).entity(households.register(CurrentAccount.id(identity), body))
                .build();
    }

    @GET
    public HouseholdViews.Page<HouseholdViews.Managed> list(
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return households.managedBy(CurrentAccount.id(identity), page, size);
    }

    /** Texts the household a code to sign in with (and so take its account over). */
    @POST
    @Path("/{sellerId}/code")
    public Response sendCode(@PathParam("sellerId") long sellerId) {
        codes.sendByHelper(CurrentAccount.id(identity), sellerId);
        return Response.accepted().build();
    }
}
