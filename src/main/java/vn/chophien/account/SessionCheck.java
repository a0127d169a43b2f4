package vn.chophien.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/** A valid signature is not enough: the token's session must still be open ({@link Sessions}). */
@ApplicationScoped
public class SessionCheck implements SecurityIdentityAugmentor {

    /** The claim that names the session a token belongs to. */
    public static final String CLAIM = "sid";

    private final Sessions sessions;

    SessionCheck(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object sid = token.getClaim(CLAIM);
        if (sid == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("a token without a session"));
        }
        return context.runBlocking(() -> {
            if (!sessions.isActive(sid.toString())) {
                throw new AuthenticationFailedException("the session has ended");
            }
            return identity;
        });
    }
}
