package vn.chophien.campaign.web;

import java.util.List;

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

import vn.chophien.account.AccountService;
import vn.chophien.account.CurrentAccount;
import vn.chophien.campaign.Campaign;
import vn.chophien.campaign.CampaignProduct;
import vn.chophien.campaign.CampaignRequests;
import vn.chophien.campaign.CampaignService;
import vn.chophien.campaign.CampaignViews;
import vn.chophien.campaign.Harvests;

/** Harvest campaigns: officers open them, sellers bring products and record harvests, anyone follows the progress. */
@Path("/api/campaigns")
public class CampaignResource {

    /** A product as it joined a campaign. */
    public record Joined(long campaignId, long productId, Long expectedKg, java.time.LocalDate shipsFrom,
            java.time.LocalDate shipsBy) {
    }

    private final CampaignService campaigns;
    private final Harvests harvests;
    private final AccountService accounts;
    private final SecurityIdentity identity;

    CampaignResource(CampaignService campaigns, Harvests harvests, AccountService accounts, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.harvests = harvests;
        this.accounts = accounts;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({"OCOP_OFFICER", "ADMIN"})
    public Response create(@NotNull @Valid CampaignRequests.Create body) {
        Campaign campaign = campaigns.create(actor(), body);
        return Response.status(Response.Status.CREATED).entity(campaigns.view(campaign)).build();
    }

    /** The campaigns an officer's province ran, or every campaign for an ADMIN; newest first. */
    @GET
    @RolesAllowed({"OCOP_OFFICER", "ADMIN"})
    public List<CampaignViews.CampaignView> managed(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return campaigns.managedBy(actor(), page, size).stream().map(campaigns::view).toList();
    }

    @GET
    @Path("/{slug: [a-z0-9-]{1,90}}")
    public CampaignViews.CampaignView bySlug(@PathParam("slug") String slug) {
        return campaigns.view(campaigns.bySlug(slug));
    }

    @POST
    @Path("/{id: \\d+}/products")
    @RolesAllowed("SELLER")
    public Response optIn(@PathParam("id") long id, @NotNull @Valid CampaignRequests.OptIn body) {
        CampaignProduct joined = campaigns.optIn(CurrentAccount.id(identity), id, body);
        return Response.status(Response.Status.CREATED).entity(new Joined(joined.campaignId, joined.productId,
                joined.expectedGrams == null ? null : joined.expectedGrams / 1000, joined.shipsFrom, joined.shipsBy))
                .build();
    }

    /** The seller's harvest of a product: a trace batch, and the product's pre-orders filled or cancelled. */
    @POST
    @Path("/{id: \\d+}/products/{productId: \\d+}/harvest")
    @RolesAllowed("SELLER")
    public CampaignViews.HarvestOutcome harvest(@PathParam("id") long id, @PathParam("productId") long productId,
            @NotNull @Valid CampaignRequests.Harvest body) {
        return harvests.record(CurrentAccount.id(identity), id, productId, body);
    }

    private CampaignService.Actor actor() {
        long id = CurrentAccount.id(identity);
        return new CampaignService.Actor(id, identity.hasRole("ADMIN"), accounts.byId(id).provinceCode);
    }
}
