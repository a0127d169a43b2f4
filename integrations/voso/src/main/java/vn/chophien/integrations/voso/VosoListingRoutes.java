package vn.chophien.integrations.voso;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

import vn.chophien.integrations.common.ChannelRoutes;
import vn.chophien.syndication.listing.ListingDelivery;

/** Listing changes to Voso's listing batch, through the one way out to Voso: throttled, with our shop key. */
@ApplicationScoped
public class VosoListingRoutes extends RouteBuilder {

    public static final String CALL_ID = "voso-call";
    static final String CALL = "direct:" + CALL_ID;
    static final String UPSERT_PATH = "/v1/shop/listings";

    private final VosoChannel channel;
    private final ListingDelivery delivery;
    private final VosoListingBuilder builder;

    VosoListingRoutes(VosoChannel channel, ListingDelivery delivery, VosoListingBuilder builder) {
        this.channel = channel;
        this.delivery = delivery;
        this.builder = builder;
    }

    @Override
    public void configure() {
        if (!channel.enabled()) {
            return; // no routes, no simulator: events left for it fail visibly as dead letters
        }
        // Every call to Voso, whatever the flow: throttled, with our shop key.
        String key = channel.shopKey();
        ChannelRoutes.call(this, CALL_ID, channel.config().ratePerSecond(),
                e -> e.getMessage().setHeader("X-Voso-Key", key), channel.baseUrl(), channel.config().timeout());

        // Listing changes to Voso's listing batch; what it took or refused is recorded per product.
        ChannelRoutes.listingSync(this, delivery, VosoChannel.CODE, channel.config().batchSize(), builder, "PUT",
                UPSERT_PATH, VosoApi.BatchResult.class, CALL);
    }
}
