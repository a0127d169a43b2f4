package vn.chophien.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import vn.chophien.web.ClientAddress;
import vn.chophien.web.SessionCookie;

/** The signed-in account, as the token's subject names it. */
@Path("/api/me")
@Authenticated
public class MeResource {

    private final AccountService accounts;
    private final SecurityIdentity identity;
    private final SellerDirectory sellers;
    private final ClientAddress clients;
    private final HttpServerRequest request;

    MeResource(AccountService accounts, SecurityIdentity identity, SellerDirectory sellers, ClientAddress clients,
            HttpServerRequest request) {
        this.clients = clients;
        this.request = request;
        this.accounts = accounts;
        this.identity = identity;
        this.sellers = sellers;
    }

    /** A new password, given the current one; every session of the account ends, this one too. */
    @POST
    @Path("/password")
    public Response changePassword(@NotNull @Valid AccountRequests.ChangePassword body) {
        accounts.changePassword(CurrentAccount.id(identity), body, clients.of(request));
        return Response.noContent().cookie(SessionCookie.cleared()).build();
    }

    @GET
    public AccountViews.Me me() {
        Account account = accounts.byId(CurrentAccount.id(identity));
        return AccountViews.Me.of(account, sellers.sellerOf(account.id).orElse(null));
    }
}
