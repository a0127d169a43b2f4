package vn.chophien.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** Where an ADMIN creates staff accounts (post office staff, OCOP officers) and other admins. */
@Path("/api/admin/accounts")
@RolesAllowed("ADMIN")
public class AdminAccountResource {

    private final AccountService accounts;

    AdminAccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    public Response create(@NotNull @Valid AccountRequests.CreateAccount body) {
        Account account = accounts.createByAdmin(body);
        return Response.status(Response.Status.CREATED).entity(AccountViews.Me.of(account, null)).build();
    }
}
