package vn.chophien.household.code;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import vn.chophien.account.AccountViews;
import vn.chophien.web.SessionCookie;

/** Signing in with a code sent to the phone: how an assisted household takes its account over. */
@Path("/api/auth/code")
public class CodeResource {

    private final CodeSignIn signIn;

    CodeResource(CodeSignIn signIn) {
        this.signIn = signIn;
    }

    /** 202 whether or not the phone is a household's, so nobody learns which phones are. */
    @POST
    public Response send(@NotNull @Valid CodeRequests.SendCode body) {
        signIn.sendToHousehold(body.phone());
        return Response.accepted().build();
    }

    /** Answers the token for API clients and sets it as the session cookie, like a password sign-in. */
    @POST
    @Path("/sign-in")
    public Response signIn(@NotNull @Valid CodeRequests.SignIn body) {
        AccountViews.Token token = signIn.signIn(body);
        return Response.ok(token).cookie(SessionCookie.of(token.accessToken(), token.expiresIn())).build();
    }
}
