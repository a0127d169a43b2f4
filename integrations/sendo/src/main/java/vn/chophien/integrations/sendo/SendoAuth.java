package vn.chophien.integrations.sendo;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Sendo's bearer token: logged in for (shop key, secret key), kept until shortly before its eight hours are up, and
 * fetched again when Sendo answered 401 to the attempt a retry repeats. Logins go through their own throttle (Sendo
 * allows five a second).
 */
@ApplicationScoped
public class SendoAuth {

    static final Duration MARGIN = Duration.ofMinutes(5);

    private final ProducerTemplate camel;
    private volatile String token;
    private volatile Instant expires = Instant.EPOCH;

    SendoAuth(ProducerTemplate camel) {
        this.camel = camel;
    }

    /** Sets the Authorization header of a call to Sendo. */
    public void authenticate(Exchange exchange) {
        HttpOperationFailedException last = exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                HttpOperationFailedException.class);
        if (last != null && last.getStatusCode() == 401) {
            token = null;
        }
        exchange.getMessage().setHeader("Authorization", "bearer " + token());
    }

    /** Drops the token, for a 401 outside a retry (a poll). */
    public void forget() {
        token = null;
    }

    private synchronized String token() {
        if (token == null || Instant.now().plus(MARGIN).isAfter(expires)) {
            SendoApi.LoginReply reply = camel.requestBody(SendoListingRoutes.LOGIN, null, SendoApi.LoginReply.class);
            if (reply == null || !reply.success() || reply.result() == null || reply.result().token() == null) {
                throw new IllegalStateException("Sendo refused our shop's keys");
            }
            token = reply.result().token();
            expires = expiry(reply.result().expires());
        }
        return token;
    }

    private static Instant expiry(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            return Instant.now().plus(Duration.ofHours(8));
        }
    }
}
