package vn.chophien.fulfillment.remittance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.quarkus.security.identity.SecurityIdentity;

import vn.chophien.account.CurrentAccount;

/** What the post offices owe a seller for cash collected on delivery, and the statements that paid it. */
@Path("/api/seller/remittances")
@RolesAllowed("SELLER")
public class SellerRemittanceResource {

    private final SellerRemittances remittances;
    private final SecurityIdentity identity;

    SellerRemittanceResource(SellerRemittances remittances, SecurityIdentity identity) {
        this.remittances = remittances;
        this.identity = identity;
    }

    @GET
    @Transactional
    @Operation(operationId = "getSellerRemittances")
    public Remittance.SellerRemittances remittances() {
        return remittances.forSeller(CurrentAccount.id(identity));
    }
}
