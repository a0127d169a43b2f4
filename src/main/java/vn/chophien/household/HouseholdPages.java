package vn.chophien.household;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
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

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/** The household's helper page, without JavaScript: who helps, what they did, and the choice to keep them. */
@Path("/seller/helper")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class HouseholdPages {

    @CheckedTemplate(basePath = "household")
    static class Templates {
        static native TemplateInstance own(Page page, HouseholdViews.Own own);
    }

    private final HouseholdService households;
    private final Pages pages;
    private final SecurityIdentity identity;

    HouseholdPages(HouseholdService households, Pages pages, SecurityIdentity identity) {
        this.households = households;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance own() {
        return pages.render(Templates.own(pages.page(), households.own(CurrentAccount.id(identity), 0, 100)));
    }

    @POST
    public Response keep(@RestForm String kept) {
        households.keepHelper(CurrentAccount.id(identity), "true".equals(kept));
        return Response.seeOther(URI.create("/seller/helper")).build();
    }
}
