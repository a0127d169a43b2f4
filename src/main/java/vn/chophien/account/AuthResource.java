package vn.chophien.account;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import vn.chophien.web.ClientAddress;
import vn.chophien.web.SessionCookie;

/** Self-service sign-up, sign-in and sign-out for API clients; the pages call the same service. */
@Path("/api/auth")
public class AuthResource {

    private final AccountService accounts;
    private final Sessions sessions;
    private final SecurityIdentity identity;
    private final ClientAddress clients;

    AuthResource(AccountService accounts, Sessions sessions, SecurityIdentity identity, ClientAddress clients) {
        this.clients = clients;
        this.accounts = accounts;
        this.sessions = sessions;
        this.identity = identity;
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
    public Response login(@NotNull @Valid AccountRequests.Login body, @Context HttpServerRequest request) {
        AccountViews.Token token = accounts.login(body, clients.of(request));
        return Response.ok(token).cookie(SessionCookie.of(token.accessToken(), token.expiresIn())).build();
    }

    /** Ends this session: its token is refused from now on, here at once and on every copy within seconds. */
    @POST
    @Path("/logout")
    public Response logout() {
        CurrentAccount.session(identity).ifPresent(sessions::revoke);
        return Response.noContent().cookie(SessionCookie.cleared()).build();
    }

    /** Ends every session of the account, on every device. */
    @POST
    @Path("/logout-everywhere")
    @Authenticated
    public Response logoutEverywhere() {
        sessions.revokeAll(CurrentAccount.id(identity));
        return Response.noContent().cookie(SessionCookie.cleared()).build();
    }
}
