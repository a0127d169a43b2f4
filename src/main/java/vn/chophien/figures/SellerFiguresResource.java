package vn.chophien.figures;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;

/** A seller's own figures as JSON: sales by week and channel, money owed, campaign standings. */
@Path("/api/seller/figures")
@RolesAllowed("SELLER")
public class SellerFiguresResource {

    private final SellerFigures figures;
    private final SecurityIdentity identity;

    SellerFiguresResource(SellerFigures figures, SecurityIdentity identity) {
        this.figures = figures;
        this.identity = identity;
    }

    @GET
    public SellerFigures.Figures figures(@QueryParam("weeks") @DefaultValue("12") @Min(1) @Max(53) int weeks) {
        return figures.of(CurrentAccount.id(identity), weeks);
    }
}
