package vn.chophien.account;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Signs the RS256 session tokens: subject the account id, {@code groups} its roles, one-hour life by default. */
@ApplicationScoped
public class TokenIssuer {

    private final TokenConfig config;
    private final SigningKeys keys;

    TokenIssuer(TokenConfig config, SigningKeys keys) {
        this.config = config;
        this.keys = keys;
    }

    public AccountViews.Token issue(Account account) {
        long lifetime = config.lifetime().toSeconds();
        String token = Jwt.issuer(config.issuer()).audience(config.audience()).subject(String.valueOf(account.id))
                .upn(account.phone).claim("name", account.name)
                .groups(account.roles.stream().map(Enum::name).collect(Collectors.toSet())).expiresIn(lifetime).jws()
                .algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
        return new AccountViews.Token(token, lifetime);
    }
}
