package vn.chophien.integrations.postmart;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.integrations.common.ChannelRoutes;
import vn.chophien.syndication.order.ChannelOrders;

/** Postmart's orders in (pushed to our webhook, already verified), and our answers to them out. */
@ApplicationScoped
public class PostmartOrderRoutes extends RouteBuilder {

    public static final String WEBHOOK_ID = "postmart-order-webhook";
    public static final String WEBHOOK = "direct:" + WEBHOOK_ID;

    private final PostmartOrderImporter importer;
    private final ChannelOrders orders;

    PostmartOrderRoutes(PostmartOrderImporter importer, ChannelOrders orders) {
        this.importer = importer;
        this.orders = orders;
    }

    @Override
    public void configure() {
        // Turns a verified order push into orders of ours; answers what became of each.
        from(WEBHOOK).routeId(WEBHOOK_ID).unmarshal().json(JsonLibrary.Jackson, PostmartApi.OrderPush.class)
                .bean(importer, "toOrders").bean(orders, "receiveAll");

        // Tells Postmart whether we took each of its orders (confirm with our code, or reject with the reason).
        ChannelRoutes.orderReplies(this, PostmartChannel.CODE, importer, "POST", PostmartListingRoutes.CALL);
    }
}
