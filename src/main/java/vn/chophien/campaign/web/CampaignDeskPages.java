package vn.chophien.campaign.web;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.AccountService;
import vn.chophien.account.CurrentAccount;
import vn.chophien.campaign.Campaign;
import vn.chophien.campaign.CampaignRequests;
import vn.chophien.campaign.CampaignService;
import vn.chophien.campaign.CampaignViews;
import vn.chophien.place.PlaceService;
import vn.chophien.place.Province;
import vn.chophien.web.Form;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;
import vn.chophien.web.ProblemException;

/** The campaign desk of OCOP officers (their province's campaigns) and ADMINs (all): open one, follow them all. */
@Path("/campaigns")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"OCOP_OFFICER", "ADMIN"})
public class CampaignDeskPages {

    @CheckedTemplate(basePath = "campaign")
    static class Templates {
        static native TemplateInstance desk(Page page, List<CampaignViews.CampaignView> campaigns,
                List<Province> provinces, Form form);
    }

    private final CampaignService campaigns;
    private final AccountService accounts;
    private final PlaceService places;
    private final PageForms forms;
    private final Pages pages;
    private final SecurityIdentity identity;

    CampaignDeskPages(CampaignService campaigns, AccountService accounts, PlaceService places, PageForms forms,
            Pages pages, SecurityIdentity identity) {
        this.campaigns = campaigns;
        this.accounts = accounts;
        this.places = places;
        this.forms = forms;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance desk() {
        CampaignService.Actor actor = actor();
        return desk(Form.of("provinceCode", actor.admin() ? "" : actor.provinceCode(), "preorders", "true"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm String provinceCode, @RestForm String opensOn,
            @RestForm String closesOn, @RestForm String targetKg, @RestForm String preorders) {
        Form form = Form.of("name", name, "provinceCode", provinceCode, "opensOn", opensOn, "closesOn", closesOn,
                "targetKg", targetKg, "preorders", preorders == null ? "" : "true");
        CampaignRequests.Create request = new CampaignRequests.Create(name, provinceCode, Form.day(opensOn),
                Form.day(closesOn), PageForms.number(targetKg), preorders != null);
        form = forms.check(form, request);
        if (form.valid()) {
            try {
                Campaign campaign = campaigns.create(actor(), request);
                return Response.seeOther(URI.create("/mua/" + campaign.slug)).build();
            } catch (ProblemException e) {
                form = forms.refused(form, e);
            }
        }
        return Response.status(400).entity(desk(form)).build();
    }

    private TemplateInstance desk(Form form) {
        CampaignService.Actor actor = actor();
        List<Province> provinces = actor.admin()
                ? places.provinces()
                : places.province(actor.provinceCode()).stream().toList();
        return pages.render(Templates.desk(pages.page(),
                campaigns.managedBy(actor, 0, 50).stream().map(campaigns::view).toList(), provinces, form));
    }

    private CampaignService.Actor actor() {
        long id = CurrentAccount.id(identity);
        return new CampaignService.Actor(id, identity.hasRole("ADMIN"), accounts.byId(id).provinceCode);
    }
}
