package vn.chophien.account;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;

/** The signed-in account, as the token's subject names it. */
@Path("/api/me")
@Authenticated
public class MeResource {

    private final AccountService accounts;
    private final SecurityIdentity identity;

    MeResource(AccountService accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    public AccountViews.Me me() {
        return AccountViews.Me.of(accounts.byId(CurrentAccount.id(identity)));
    }
}
