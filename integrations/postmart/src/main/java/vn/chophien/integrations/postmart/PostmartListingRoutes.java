package vn.chophien.integrations.postmart;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

import vn.chophien.integrations.common.ChannelRoutes;
import vn.chophien.syndication.listing.ListingDelivery;

/**
 * Listing changes to Postmart's batch product upsert, through the one way out to Postmart: throttled, with our
 * bearer token.
 */
@ApplicationScoped
public class PostmartListingRoutes extends RouteBuilder {

    public static final String CALL_ID = "postmart-call";
    static final String CALL = "direct:" + CALL_ID;
    static final String UPSERT_PATH = "/apis/v1/merchant/products/upsert";

    private final PostmartChannel channel;
    private final ListingDelivery delivery;
    private final PostmartListingBuilder builder;

    PostmartListingRoutes(PostmartChannel channel, ListingDelivery delivery, PostmartListingBuilder builder) {
        this.channel = channel;
        this.delivery = delivery;
        this.builder = builder;
    }

    @Override
    public void configure() {
        if (!channel.enabled()) {
            return; // no routes, no simulator: events left for it fail visibly as dead letters
        }
        // Every call to Postmart, whatever the flow: throttled, with our bearer token.
        String bearer = "Bearer " + channel.apiToken();
        ChannelRoutes.call(this, CALL_ID, channel.config().ratePerSecond(),
                e -> e.getMessage().setHeader("Authorization", bearer), channel.baseUrl(), channel.config().timeout());

        // Listing changes to Postmart's batch upsert; what it took or refused is recorded per product.
        ChannelRoutes.listingSync(this, delivery, PostmartChannel.CODE, channel.config().batchSize(), builder, "POST",
                UPSERT_PATH, PostmartApi.UpsertReply.class, CALL);
    }
}
