package vn.chophien.integrations.common;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * A partner's session token, logged in for when first needed, kept for its lifetime less a margin, and logged in
 * again when the partner answered 401 to the attempt a retry repeats.
 */
public final class TokenCache {

    private final Supplier<String> login;
    private final Duration lifetime;
    private volatile String token;
    private volatile Instant expires = Instant.EPOCH;

    /** {@code login} calls the partner (through its throttled route) and answers a fresh token. */
    public TokenCache(Supplier<String> login, Duration lifetime) {
        this.login = login;
        this.lifetime = lifetime;
    }

    /** The token for this exchange: a fresh one when its last attempt was refused as unauthorised. */
    public String forExchange(Exchange exchange) {
        HttpOperationFailedException last = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                HttpOperationFailedException.class);
        if (last != null && last.getStatusCode() == 401) {
            forget();
        }
        return get();
    }

    public synchronized String get() {
        if (token == null || Instant.now().isAfter(expires)) {
            token = login.get();
            expires = Instant.now().plus(lifetime);
        }
        return token;
    }

    public void forget() {
        token = null;
    }
}
