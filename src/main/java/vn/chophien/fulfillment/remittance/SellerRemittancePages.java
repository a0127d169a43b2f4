package vn.chophien.fulfillment.remittance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;
import vn.chophien.web.Page;
import vn.chophien.web.Pages;

/** A seller's page of cash on delivery: what the post offices still owe them, and the statements that paid it. */
@Path("/seller/remittances")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class SellerRemittancePages {

    @CheckedTemplate(basePath = "fulfillment")
    static class Templates {
        static native TemplateInstance sellerRemittances(Page page, Remittance.SellerRemittances remittances);
    }

    private final SellerRemittances remittances;
    private final Pages pages;
    private final SecurityIdentity identity;

    SellerRemittancePages(SellerRemittances remittances, Pages pages, SecurityIdentity identity) {
        this.remittances = remittances;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    @Transactional
    public TemplateInstance remittances() {
        return pages
                .render(Templates.sellerRemittances(pages.page(), remittances.forSeller(CurrentAccount.id(identity))));
    }
}
