package vn.chophien.syndication;

import java.util.Map;
import java.util.Optional;

/**
 * A port: a partner marketplace our listings are offered on and whose orders come back here (Postmart, Voso, Sendo).
 * Each partner's adapter under {@code integrations/} implements it, with Camel routes that consume the channel's
 * outbox topics ({@link Channels#listingTopic}, {@link Channels#orderReplyTopic}); core code knows channels only
 * through this port.
 */
public interface SalesChannel {

    /** The channel's code in orders and in the API: POSTMART, VOSO, SENDO. */
    String code();

    /** Its name as people know it: "Postmart". */
    String displayName();

    /** Whether listings go there and its orders are taken. */
    boolean enabled();

    /**
     * The Camel endpoint that takes the raw body of an order webhook once {@link #verifyOrderWebhook} accepted it, and
     * answers the outcomes; empty for a channel whose orders are polled instead.
     */
    Optional<String> orderWebhookEndpoint();

    /**
     * Checks that a webhook comes from the partner, its way (our HMAC header unless the partner signs otherwise); a
     * bad, missing or stale signature throws a 401 problem before anything is read or recorded.
     *
     * @param headers the request's headers, names in lower case
     */
    void verifyOrderWebhook(Map<String, String> headers, byte[] body);
}
