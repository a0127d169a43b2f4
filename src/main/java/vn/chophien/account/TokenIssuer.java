package vn.chophien.account;

import java.time.Clock;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/**
 * Signs the RS256 session tokens: subject the account id, {@code groups} its roles, {@code sid} the server-side session
 * it belongs to (which signing out ends), one-hour life by default.
 */
@ApplicationScoped
public class TokenIssuer {

    private final TokenConfig config;
    private final SigningKeys keys;
    private final Sessions sessions;
    private final Clock clock;

    TokenIssuer(TokenConfig config, SigningKeys keys, Sessions sessions, Clock clock) {
        this.config = config;
        this.keys = keys;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** Opens a session for the account and signs its token. */
    public AccountViews.Token issue(Account account) {
        long lifetime = config.lifetime().toSeconds();
        String sid = sessions.open(account.id, clock.instant().plusSeconds(lifetime));
        String token = Jwt.issuer(config.issuer()).audience(config.audience()).subject(String.valueOf(account.id))
                .claim(SessionCheck.CLAIM, sid).upn(account.phone).claim("name", account.name)
                .groups(account.roles.stream().map(Enum::name).collect(Collectors.toSet())).expiresIn(lifetime).jws()
                .algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
        return new AccountViews.Token(token, lifetime);
    }
}
