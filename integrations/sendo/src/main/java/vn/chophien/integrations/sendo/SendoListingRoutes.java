package vn.chophien.integrations.sendo;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.integrations.common.ChannelRoutes;
import vn.chophien.syndication.listing.ListingDelivery;

/**
 * Listing changes to Sendo's batch product call, through the one way out to Sendo (throttled, with the bearer token
 * of our shop's login), and the login itself, throttled apart at Sendo's five a second.
 */
@ApplicationScoped
public class SendoListingRoutes extends RouteBuilder {

    public static final String CALL_ID = "sendo-call";
    static final String CALL = "direct:" + CALL_ID;
    static final String LOGIN_ID = "sendo-login";
    static final String LOGIN = "direct:" + LOGIN_ID;
    static final String PRODUCTS_PATH = "/api/partner/product/list";
    static final int LOGINS_PER_SECOND = 5;

    private final SendoChannel channel;
    private final ListingDelivery delivery;
    private final SendoListingBuilder builder;
    private final SendoAuth auth;

    SendoListingRoutes(SendoChannel channel, ListingDelivery delivery, SendoListingBuilder builder, SendoAuth auth) {
        this.channel = channel;
        this.delivery = delivery;
        this.builder = builder;
        this.auth = auth;
    }

    @Override
    public void configure() {
        if (!channel.enabled()) {
            return; // no routes, no simulator: events left for it fail visibly as dead letters
        }
        // Logs our shop in with its keys; answers Sendo's token and when it expires.
        from(LOGIN).routeId(LOGIN_ID).throttle(LOGINS_PER_SECOND).timePeriodMillis(1050).totalRequestsMode()
                .setBody(constant(new SendoApi.Login(channel.shopKey(), channel.secretKey()))).marshal()
                .json(JsonLibrary.Jackson).removeHeaders("*").setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.HTTP_PATH, constant("/login"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to(channel.baseUrl() + "?throwExceptionOnFailure=true&responseTimeout="
                        + channel.config().timeout().toMillis())
                .unmarshal().json(JsonLibrary.Jackson, SendoApi.LoginReply.class);

        // Every other call to Sendo: throttled, with the bearer token (logged in again after a 401).
        ChannelRoutes.call(this, CALL_ID, channel.config().ratePerSecond(), auth::authenticate, channel.baseUrl(),
                channel.config().timeout());

        // Listing changes to Sendo's batch product call; what it took or refused is recorded per product.
        ChannelRoutes.listingSync(this, delivery, SendoChannel.CODE, channel.config().batchSize(), builder, "POST",
                PRODUCTS_PATH, SendoApi.ProductReply.class, CALL);
    }
}
