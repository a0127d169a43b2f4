package vn.chophien.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import vn.chophien.web.SessionCookie;

/** Self-service sign-up, sign-in and sign-out for API clients; the pages call the same service. */
@Path("/api/auth")
public class AuthResource {

    private final AccountService accounts;

    AuthResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @Path("/register")
    public Response register(@NotNull @Valid AccountRequests.Register body) {
        Account account = accounts.register(body);
        return Response.status(Response.Status.CREATED).entity(AccountViews.AccountView.of(account)).build();
    }

    /** Answers the token for API clients and sets it as the HttpOnly session cookie for browsers. */
    @POST
    @Path("/login")
    public Response login(@NotNull @Valid AccountRequests.Login body) {
        AccountViews.Token token = accounts.login(body);
        return Response.ok(token).cookie(SessionCookie.of(token.accessToken(), token.expiresIn())).build();
    }

    @POST
    @Path("/logout")
    public Response logout() {
        return Response.noContent().cookie(SessionCookie.cleared()).build();
    }
}
