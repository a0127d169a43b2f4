package vn.chophien.integrations.common;

import static org.apache.camel.builder.Builder.constant;
import static org.apache.camel.builder.Builder.method;
import static org.apache.camel.builder.Builder.simple;

import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.outbox.OutboxRelay;
import vn.chophien.outbox.OutboxStore;
import vn.chophien.syndication.Channels;
import vn.chophien.syndication.PartnerPolicy;
import vn.chophien.syndication.listing.ListingDelivery;

/**
 * The shapes the marketplaces' routes share, each written once; every partner's RouteBuilders use them with its own
 * calls, builders and importers. Routes are named after their {@code direct:} endpoint, which for an outbox consumer
 * is its topic.
 */
public final class ChannelRoutes {

    /** An exchange property: the updates a chunk sends, for recording what the partner said of each. */
    static final String SENT = "ChophienListingsSent";

    private ChannelRoutes() {
    }

    /**
     * A partner's listing flow: a claimed batch of outbox events becomes one update per product (coalesced, read as
     * it is now), sent in chunks of {@code batchSize}; each chunk's answer is recorded, and a failed chunk's events
     * wait in the outbox under the shared partner policy.
     *
     * @param builder a bean with {@code request(List<ListingUpdate>)} and {@code results(List<ListingUpdate>, R)}
     */
    public static void listingSync(RouteBuilder routes, ListingDelivery delivery, String code, int batchSize,
            Object builder, String httpMethod, String path, Class<?> replyType, String call) {
        String topic = Channels.listingTopic(code);
        routes.from(OutboxRelay.endpointOf(topic)).routeId(topic).routeConfigurationId(PartnerPolicy.ID)
                .setProperty(PartnerPolicy.PARTNER, constant(code))
                .setProperty(OutboxRelay.EVENT_IDS, method(delivery, "eventIds"))
                .bean(delivery, "prepare('" + code + "', ${body})")
                .split(method(delivery, "chunks(${body}, " + batchSize + ")"))
                .setProperty(OutboxRelay.EVENT_IDS, method(delivery, "eventIdsOf")).setProperty(SENT, simple("${body}"))
                .bean(builder, "request").marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.HTTP_METHOD, constant(httpMethod)).setHeader(Exchange.HTTP_PATH, constant(path))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json")).to(call).unmarshal()
                .json(JsonLibrary.Jackson, replyType)
                .bean(builder, "results(${exchangeProperty." + SENT + "}, ${body})")
                .bean(delivery, "record('" + code + "', ${exchangeProperty." + SENT + "}, ${body})").end();
    }

    /**
     * A partner's answers to its orders, one order at a time: the importer's {@code reply(String payload)} gives the
     * call ({@code path}, {@code body}), sent with {@code httpMethod}.
     */
    public static void orderReplies(RouteBuilder routes, String code, Object importer, String httpMethod, String call) {
        String topic = Channels.orderReplyTopic(code);
        routes.from(OutboxRelay.endpointOf(topic)).routeId(topic).routeConfigurationId(PartnerPolicy.ID)
                .setProperty(PartnerPolicy.PARTNER, constant(code)).split(simple("${body}"))
                .process(e -> e.setProperty(OutboxRelay.EVENT_IDS,
                        List.of(e.getMessage().getBody(OutboxStore.Claimed.class).id())))
                .bean(importer, "reply(${body.payload})").setHeader(Exchange.HTTP_PATH, simple("${body.path}"))
                .setHeader(Exchange.HTTP_METHOD, constant(httpMethod))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json")).setBody(simple("${body.body}"))
                .marshal().json(JsonLibrary.Jackson).to(call).end();
    }

    /**
     * The one way out to a partner: at most {@code ratePerSecond} requests in any second (with a twentieth of a
     * second to spare for the network), authenticated by {@code authenticate}. No error handler of its own: a failure
     * goes back to the calling route's policy, whose retries come through here again and count against the rate.
     */
    public static void call(RouteBuilder routes, String id, int ratePerSecond, Processor authenticate, String baseUrl,
            Duration timeout) {
        routes.from("direct:" + id).routeId(id).errorHandler(routes.noErrorHandler()).throttle(ratePerSecond)
                .timePeriodMillis(1050).totalRequestsMode()
                .removeHeaders("*", Exchange.HTTP_METHOD, Exchange.HTTP_PATH, Exchange.CONTENT_TYPE)
                .process(authenticate)
                .to(baseUrl + "?throwExceptionOnFailure=true&responseTimeout=" + timeout.toMillis());
    }
}
