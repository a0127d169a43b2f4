package vn.chophien.household;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;

/** The household's own side: who helps it, what the helper did, and whether to keep it. */
@Path("/api/household")
@RolesAllowed("SELLER")
public class HouseholdResource {

    private final HouseholdService households;
    private final SecurityIdentity identity;

    HouseholdResource(HouseholdService households, SecurityIdentity identity) {
        this.households = households;
        this.identity = identity;
    }

    @GET
    public HouseholdViews.Own own(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return households.own(CurrentAccount.id(identity), page, size);
    }

    @PUT
    @Path("/helper")
    public HouseholdViews.Own keepHelper(@NotNull @Valid HouseholdRequests.KeepHelper body) {
        long account = CurrentAccount.id(identity);
        households.keepHelper(account, body.kept());
        return households.own(account, 0, 50);
    }
}
