package vn.chophien.syndication;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;

import vn.chophien.outbox.OutboxRelay;

/**
 * Reads a failed partner call for the shared policy ({@link PartnerPolicy}): a refusal of what we sent (400, 404, 409,
 * 422…) is permanent and not retried; throttling (429), unavailability (5xx), timeouts and refused connections are
 * transient. A partner's {@code Retry-After} sets the next quick retry's delay when short, and sends the events back to
 * the outbox until then when long.
 */
@ApplicationScoped
public class PartnerFailures {

    /** Client errors that say "not now" rather than "never". */
    static final Set<Integer> TRANSIENT_CLIENT_ERRORS = Set.of(401, 403, 408, 425, 429);
    /** The message field of a partner's JSON error, whatever its case ("message", "Message", "MESSAGE"). */
    private static final Pattern MESSAGE = Pattern.compile("\"(?i:message)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,500})\"");
    /** Set on an exchange the policy should not retry in memory. */
    static final String GIVE_UP = "ChophienPartnerGiveUp";

    private final PartnerConfig config;
    private final ChannelMetrics metrics;

    PartnerFailures(PartnerConfig config, ChannelMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /** Called right after a call failed, before the policy decides whether to retry it in memory. */
    public void onFailure(Exchange exchange) {
        Throwable failure = exchange.getException() != null
                ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (refusal(failure)) {
            exchange.setProperty(OutboxRelay.PERMANENT, true);
            exchange.setProperty(OutboxRelay.REASON, rootMessage(failure));
            exchange.setProperty(GIVE_UP, true);
            return;
        }
        HttpOperationFailedException http = httpFailure(failure);
        if (http == null) {
            return;
        }
        String partner = exchange.getProperty(PartnerPolicy.PARTNER, String.class);
        if (http.getStatusCode() == 429) {
            metrics.throttled(partner);
        }
        Duration retryAfter = retryAfter(http.getResponseHeaders(), Instant.now());
        if (retryAfter != null) {
            if (retryAfter.compareTo(config.retryAfterCap()) <= 0) {
                exchange.getMessage().setHeader(Exchange.REDELIVERY_DELAY, retryAfter.toMillis());
            } else {
                exchange.setProperty(OutboxRelay.RETRY_AFTER, retryAfter);
                exchange.setProperty(GIVE_UP, true);
            }
        }
        if (permanent(http.getStatusCode())) {
            exchange.setProperty(OutboxRelay.PERMANENT, true);
            exchange.setProperty(OutboxRelay.REASON, reasonOf(http));
            exchange.setProperty(GIVE_UP, true);
        }
    }

    /** A refusal in the partner's words: the message of its JSON error when it has one, else its status and body. */
    static String reasonOf(HttpOperationFailedException http) {
        String body = http.getResponseBody() == null ? "" : http.getResponseBody().strip();
        Matcher message = MESSAGE.matcher(body);
        if (message.find()) {
            return message.group(1).replace("\\\"", "\"");
        }
        return "HTTP " + http.getStatusCode()
                + (body.isEmpty() ? "" : ": " + body.substring(0, Math.min(300, body.length())));
    }

    private static String rootMessage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PartnerRefusedException && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        return null;
    }

    /** The policy's retry-while: a few quick retries of a transient failure, none of the others. */
    public boolean worthRetrying(Exchange exchange) {
        if (Boolean.TRUE.equals(exchange.getProperty(GIVE_UP, Boolean.class))) {
            metrics.failed(exchange.getProperty(PartnerPolicy.PARTNER, String.class));
            return false;
        }
        int redelivery = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        boolean again = redelivery <= config.maxRedeliveries();
        if (again) {
            metrics.retried(exchange.getProperty(PartnerPolicy.PARTNER, String.class));
        } else {
            metrics.failed(exchange.getProperty(PartnerPolicy.PARTNER, String.class));
        }
        return again;
    }

    static boolean permanent(int status) {
        return status >= 400 && status < 500 && !TRANSIENT_CLIENT_ERRORS.contains(status);
    }

    static boolean refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PartnerRefusedException) {
                return true;
            }
        }
        return false;
    }

    static HttpOperationFailedException httpFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpOperationFailedException http) {
                return http;
            }
        }
        return null;
    }

    /** {@code Retry-After} as seconds or as an HTTP date, from headers named in any case; null when absent. */
    static Duration retryAfter(Map<String, String> headers, Instant now) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if ("retry-after".equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
                String value = header.getValue().strip();
                if (value.matches("\\d{1,9}")) {
                    return Duration.ofSeconds(Long.parseLong(value));
                }
                try {
                    Duration until = Duration.between(now,
                            ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                    return until.isNegative() ? Duration.ZERO : until;
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
