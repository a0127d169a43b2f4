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
    private final SellerDirectory sellers;

    MeResource(AccountService accounts, SecurityIdentity identity, SellerDirectory sellers) {
        this.accounts = accounts;
        this.identity = identity;
        this.sellers = sellers;
    }

    @GET
    public AccountViews.Me me() {
        Account account = accounts.byId(CurrentAccount.id(identity));
        return AccountViews.Me.of(account, sellers.sellerOf(account.id).orElse(null));
    }
}
