package vn.chophien.account;

import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;

/** The account id a verified token speaks for. */
public final class CurrentAccount {

    private CurrentAccount() {
    }

    /** The signed-in account, or empty for a visitor (a stale or foreign session cookie counts as a visitor). */
    public static Optional<Long> optional(SecurityIdentity identity) {
        try {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
                return Optional.empty();
            }
            return Optional.of(id(identity));
        } catch (AuthenticationFailedException | UnauthorizedException e) {
            return Optional.empty();
        }
    }

    /** The session the request's token belongs to, if it is signed in with one that is still open. */
    public static Optional<String> session(SecurityIdentity identity) {
        try {
            if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                    || token.getClaim(SessionCheck.CLAIM) == null) {
                return Optional.empty();
            }
            return Optional.of(token.getClaim(SessionCheck.CLAIM).toString());
        } catch (AuthenticationFailedException | UnauthorizedException e) {
            return Optional.empty();
        }
    }

    public static long id(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            throw new UnauthorizedException();
        }
        try {
            return Long.parseLong(token.getSubject());
        } catch (NumberFormatException e) {
            throw new UnauthorizedException();
        }
    }
}
