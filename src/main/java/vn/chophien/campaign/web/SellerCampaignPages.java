package vn.chophien.campaign.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.campaign.CampaignProduct;
import vn.chophien.campaign.CampaignRequests;
import vn.chophien.campaign.CampaignService;
import vn.chophien.campaign.CampaignViews;
import vn.chophien.campaign.Harvests;
import vn.chophien.catalog.CatalogService;
import vn.chophien.catalog.Product;
import vn.chophien.web.Form;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/**
 * A seller's campaign page: the campaigns open in their province with a form to bring a product (and, for
 * pre-orders, what they expect to harvest), and their products taking part with the button that records the harvest
 * and ships the pre-orders.
 */
@Path("/seller/campaigns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class SellerCampaignPages {

    /** A product of the seller in a campaign, with its harvest once recorded. */
    public record Taking(long campaignId, String campaignName, String campaignSlug, long productId, String productName,
            Long expectedKg, Double harvestedKg) {
    }

    /** A product the seller may bring. */
    public record Choice(long id, String name) {
    }

    @CheckedTemplate(basePath = "campaign")
    static class Templates {
        static native TemplateInstance seller(Page page, List<CampaignViews.CampaignView> open, List<Choice> products,
                List<Taking> taking, CampaignViews.HarvestOutcome done, Form form, String formFor);
    }

    private final CampaignService campaigns;
    private final Harvests harvests;
    private final CatalogService catalog;
    private final PageForms forms;
    private final Pages pages;
    private final SecurityIdentity identity;

    SellerCampaignPages(CampaignService campaigns, Harvests harvests, CatalogService catalog, PageForms forms,
            Pages pages, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.harvests = harvests;
        this.catalog = catalog;
        this.forms = forms;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance page() {
        return page(null, Form.empty(), "");
    }

    @POST
    @Path("{id}/products")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response optIn(@PathParam("id") long id, @RestForm String productId, @RestForm String expectedKg,
            @RestForm String shipsFrom, @RestForm String shipsBy) {
        Form form = Form.of("productId", productId, "expectedKg", expectedKg, "shipsFrom", shipsFrom, "shipsBy",
                shipsBy);
        CampaignRequests.OptIn request = new CampaignRequests.OptIn(PageForms.number(productId),
                PageForms.number(expectedKg), Form.day(shipsFrom), Form.day(shipsBy));
        form = forms.check(form, request);
        if (form.valid()) {
            try {
                campaigns.optIn(CurrentAccount.id(identity), id, request);
                return Response.seeOther(java.net.URI.create("/seller/campaigns")).build();
            } catch (ProblemException e) {
                form = forms.refused(form, e);
            }
        }
        return Response.status(400).entity(page(null, form, "optin-" + id)).build();
    }

    @POST
    @Path("{id}/products/{productId}/harvest")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response harvest(@PathParam("id") long id, @PathParam("productId") long productId,
            @RestForm String harvestedOn, @RestForm String harvestedKg, @RestForm String notes) {
        Form form = Form.of("harvestedOn", harvestedOn, "harvestedKg", harvestedKg, "notes", notes);
        java.math.BigDecimal kg = null;
        try {
            kg = harvestedKg == null || harvestedKg.isBlank()
                    ? null
                    : new java.math.BigDecimal(harvestedKg.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            kg = java.math.BigDecimal.ZERO;
        }
        CampaignRequests.Harvest request = new CampaignRequests.Harvest(Form.day(harvestedOn), kg, notes);
        form = forms.check(form, request);
        if (form.valid()) {
            try {
                CampaignViews.HarvestOutcome done = harvests.record(CurrentAccount.id(identity), id, productId,
                        request);
                return Response.ok(page(done, Form.empty(), "")).build();
            } catch (ProblemException e) {
                form = forms.refused(form, e);
            }
        }
        return Response.status(400).entity(page(null, form, "harvest-" + id + "-" + productId)).build();
    }

    private TemplateInstance page(CampaignViews.HarvestOutcome done, Form form, String formFor) {
        long account = CurrentAccount.id(identity);
        long sellerId = catalog.sellerOf(account).orElseThrow(() -> new ProblemException(409, "no-seller-profile"));
        List<Product> own = catalog.ownProducts(account);
        Map<Long, String> names = own.stream().collect(Collectors.toMap(p -> p.id, p -> p.name));
        List<CampaignViews.CampaignView> open = campaigns.openIn(catalog.seller(sellerId).provinceCode).stream()
                .map(campaigns::view).toList();
        List<Taking> taking = campaigns.takingPartOf(sellerId).stream().map(p -> taking(p, names)).toList();
        return pages.render(Templates.seller(pages.page(), open,
                own.stream().map(p -> new Choice(p.id, p.name)).toList(), taking, done, form, formFor));
    }

    private Taking taking(CampaignProduct p, Map<Long, String> names) {
        var campaign = campaigns.campaign(p.campaignId);
        return new Taking(p.campaignId, campaign.name, campaign.slug, p.productId,
                names.getOrDefault(p.productId, "#" + p.productId),
                p.expectedGrams == null ? null : p.expectedGrams / 1000,
                p.harvestedGrams == null ? null : p.harvestedGrams / 1000.0);
    }
}
