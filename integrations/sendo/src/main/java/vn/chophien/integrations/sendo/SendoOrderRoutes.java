package vn.chophien.integrations.sendo;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.integrations.common.ChannelRoutes;

/** Sendo's orders in (its order search, polled), and our answers to them out (confirm or cancel with a reason). */
@ApplicationScoped
public class SendoOrderRoutes extends RouteBuilder {

    public static final String POLL_ID = "sendo-order-poll";
    static final String SEARCH_ID = "sendo-order-search";
    static final String SEARCH = "direct:" + SEARCH_ID;

    private final SendoChannel channel;
    private final SendoOrderPoller poller;
    private final SendoOrderImporter importer;

    SendoOrderRoutes(SendoChannel channel, SendoOrderPoller poller, SendoOrderImporter importer) {
        this.channel = channel;
        this.poller = poller;
        this.importer = importer;
    }

    @Override
    public void configure() {
        long every = channel.config().pollEvery().toMillis();
        // Polls Sendo's orders now and then, in every copy of the service; the shared cursor's lease lets one at a time.
        fromF("timer:%s?period=%d&delay=%d", POLL_ID, every, Math.min(every, 5_000)).routeId(POLL_ID)
                .autoStartup(channel.enabled()).bean(poller, "poll");

        // One page of Sendo's order search: the window and page token in, the page of orders out.
        from(SEARCH).routeId(SEARCH_ID).marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.HTTP_PATH, constant("/api/partner/salesorder/search"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json")).to(SendoListingRoutes.CALL).unmarshal()
                .json(JsonLibrary.Jackson, SendoApi.OrderSearchReply.class);

        // Tells Sendo whether we took each of its orders.
        ChannelRoutes.orderReplies(this, SendoChannel.CODE, importer, "PUT", SendoListingRoutes.CALL);
    }
}
