package vn.chophien.integrations.common;

import static org.apache.camel.builder.Builder.constant;
import static org.apache.camel.builder.Builder.simple;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.outbox.OutboxRelay;
import vn.chophien.outbox.OutboxStore;
import vn.chophien.syndication.PartnerPolicy;
import vn.chophien.tracking.carrier.CarrierEvents;
import vn.chophien.tracking.carrier.Carriers;

/** The shapes the carriers' routes share, each written once; every carrier's RouteBuilder uses them. */
public final class CarrierRoutes {

    static final String REQUEST = "ChophienShipmentRequest";

    private CarrierRoutes() {
    }

    /**
     * Signs our partner account in at {@code path} with the body given, at most five times a second, and answers the
     * carrier's reply as {@code replyType}; the access token is read from it by the carrier's TokenCache.
     */
    public static void login(RouteBuilder routes, String uri, String id, CarrierEndpoint<?> carrier, String path,
            Object body, Class<?> replyType) {
        routes.from(uri).routeId(id).throttle(5).timePeriodMillis(1050).totalRequestsMode().setBody(constant(body))
                .marshal().json(JsonLibrary.Jackson).removeHeaders("*")
                .setHeader(Exchange.HTTP_METHOD, constant("POST")).setHeader(Exchange.HTTP_PATH, constant(path))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                .to(carrier.baseUrl() + "?throwExceptionOnFailure=true&responseTimeout=" + carrier.timeout().toMillis())
                .unmarshal().json(JsonLibrary.Jackson, replyType);
    }

    /**
     * A carrier's shipments, one outbox event at a time under the shared partner policy: the builder's
     * {@code request(String payload)} gives the call ({@code request}, {@code body}), sent as JSON; its
     * {@code created(ShipmentRequest, R)} reads the carrier's answer and records the carrier's reference.
     */
    public static void shipments(RouteBuilder routes, String code, Object builder, String path, Class<?> replyType,
            String call) {
        String topic = Carriers.shipmentTopic(code);
        routes.from(OutboxRelay.endpointOf(topic)).routeId(topic).routeConfigurationId(PartnerPolicy.ID)
                .setProperty(PartnerPolicy.PARTNER, constant(code)).split(simple("${body}"))
                .process(e -> e.setProperty(OutboxRelay.EVENT_IDS,
                        List.of(e.getMessage().getBody(OutboxStore.Claimed.class).id())))
                .bean(builder, "request(${body.payload})").setProperty(REQUEST, simple("${body.request}"))
                .setBody(simple("${body.body}")).marshal().json(JsonLibrary.Jackson)
                .setHeader(Exchange.HTTP_METHOD, constant("POST")).setHeader(Exchange.HTTP_PATH, constant(path))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json")).to(call).unmarshal()
                .json(JsonLibrary.Jackson, replyType)
                .bean(builder, "created(${exchangeProperty." + REQUEST + "}, ${body})").end();
    }

    /** A carrier's verified status push: mapped by the importer's {@code events(P)} and taken by the tracking. */
    public static void tracking(RouteBuilder routes, String id, Class<?> pushType, Object importer,
            CarrierEvents events) {
        routes.from("direct:" + id).routeId(id).unmarshal().json(JsonLibrary.Jackson, pushType).bean(importer, "events")
                .bean(events, "receiveAll");
    }
}
