package vn.chophien.figures;

import jakarta.annotation.security.RolesAllowed;
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

/** The seller's figures page: twelve weeks of sales by channel, what is owed to them, their campaign standings. */
@Path("/seller/figures")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("SELLER")
public class SellerFiguresPages {

    @CheckedTemplate(basePath = "figures")
    static class Templates {
        static native TemplateInstance figures(Page page, SellerFigures.Figures figures);
    }

    private final SellerFigures figures;
    private final Pages pages;
    private final SecurityIdentity identity;

    SellerFiguresPages(SellerFigures figures, Pages pages, SecurityIdentity identity) {
        this.figures = figures;
        this.pages = pages;
        this.identity = identity;
    }

    @GET
    public TemplateInstance page() {
        return pages.render(Templates.figures(pages.page(), figures.of(CurrentAccount.id(identity), 12)));
    }
}
