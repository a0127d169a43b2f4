package vn.chophien.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Remembers, for a few seconds, the tokens whose signature and claims were already verified, by the SHA-256 of the
 * whole token: a phone sends the same token with every request, and checking its RS256 signature each time was about
 * a twelfth of a checkout's CPU. A token is only ever answered from here before it expires, and any change to it gives
 * another hash. Whether its session is still open is checked on every request all the same ({@link SessionCheck}).
 */
@Decorator
@Priority(10)
abstract class VerifiedTokens implements JWTParser {

    /** Long enough to spare a phone's burst of requests the work, short enough to hold little. */
    static final Duration KEPT = Duration.ofMinutes(2);
    private static final int MAX_KEPT = 5_000;

    private final JWTParser parser;
    private final Clock clock;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokens(@Delegate @Any JWTParser parser, Clock clock) {
        this.parser = parser;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().expireAfterWrite(KEPT).maximumSize(MAX_KEPT).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        String hash = sha256(token);
        JsonWebToken known = verified.getIfPresent(hash);
        if (known != null && known.getExpirationTime() > clock.instant().getEpochSecond()) {
            return known;
        }
        JsonWebToken checked = parser.parse(token); // throws for a token that does not hold: nothing is kept
        verified.put(hash, checked);
        return checked;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context); // other rules than the service's own: never from what parse(String) kept
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
