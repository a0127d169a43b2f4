package vn.chophien.integrations.voso;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.integrations.common.ChannelRoutes;
import vn.chophien.syndication.order.ChannelOrders;

/** Voso's orders in (pushed to our webhook, already verified), and our answers to them out. */
@ApplicationScoped
public class VosoOrderRoutes extends RouteBuilder {

    public static final String WEBHOOK_ID = "voso-order-webhook";
    public static final String WEBHOOK = "direct:" + WEBHOOK_ID;

    private final VosoOrderImporter importer;
    private final ChannelOrders orders;

    VosoOrderRoutes(VosoOrderImporter importer, ChannelOrders orders) {
        this.importer = importer;
        this.orders = orders;
    }

    @Override
    public void configure() {
        // Turns a verified order push into orders of ours; answers what became of each.
        from(WEBHOOK).routeId(WEBHOOK_ID).unmarshal().json(JsonLibrary.Jackson, VosoApi.OrderPush.class)
                .bean(importer, "toOrders").bean(orders, "receiveAll");

        // Tells Voso whether we took each of its orders (a decision with our code or the reason).
        ChannelRoutes.orderReplies(this, VosoChannel.CODE, importer, "POST", VosoListingRoutes.CALL);
    }
}
