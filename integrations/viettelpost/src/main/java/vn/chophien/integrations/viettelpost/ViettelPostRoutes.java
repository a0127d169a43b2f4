package vn.chophien.integrations.viettelpost;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

import vn.chophien.integrations.common.CarrierRoutes;
import vn.chophien.integrations.common.ChannelRoutes;
import vn.chophien.integrations.common.TokenCache;
import vn.chophien.tracking.carrier.CarrierEvents;

/**
 * Viettel Post's flows: the session token (its own throttle), every other call through the one way out (throttled,
 * with the token), shipments asked at pickup, and verified status pushes in.
 */
@ApplicationScoped
public class ViettelPostRoutes extends RouteBuilder {

    static final String API = "/v2";
    static final String LOGIN = "direct:viettelpost-login";
    static final String CALL_ID = "viettelpost-call";
    static final String TRACKING_ID = "viettelpost-tracking";
    public static final String TRACKING = "direct:" + TRACKING_ID;

    private final ViettelPostCarrier carrier;
    private final ViettelPostShipmentBuilder builder;
    private final ViettelPostTrackingImporter importer;
    private final CarrierEvents events;
    private final TokenCache tokens;

    ViettelPostRoutes(ViettelPostCarrier carrier, ViettelPostShipmentBuilder builder,
            ViettelPostTrackingImporter importer, CarrierEvents events, ProducerTemplate camel) {
        this.carrier = carrier;
        this.builder = builder;
        this.importer = importer;
        this.events = events;
        this.tokens = new TokenCache(
                () -> camel.requestBody(LOGIN, null, ViettelPostApi.LoginReply.class).data().token(),
                Duration.ofHours(8));
    }

    @Override
    public void configure() {
        if (!carrier.enabled()) {
            return; // no routes, no simulator: shipments asked of it fail visibly as dead letters
        }
        // Signs our partner account in; answers Viettel Post's envelope with the token.
        CarrierRoutes.login(this, LOGIN, "viettelpost-login", carrier, API + "/user/Login",
                new ViettelPostApi.Login(carrier.username(), carrier.password()), ViettelPostApi.LoginReply.class);

        // Every other call to Viettel Post: throttled, with the access token (signed in again after a 401).
        ChannelRoutes.call(this, CALL_ID, carrier.config().ratePerSecond(),
                e -> e.getMessage().setHeader("Token", tokens.forExchange(e)), carrier.baseUrl(),
                carrier.config().timeout());

        // Parcels picked up at Viettel Post offices, asked of Viettel Post under our tracking code.
        CarrierRoutes.shipments(this, ViettelPostCarrier.CODE, builder, API + "/order/createOrder",
                ViettelPostApi.CreateReply.class, "direct:" + CALL_ID);

        // Viettel Post's verified status pushes, mapped and taken by the tracking.
        CarrierRoutes.tracking(this, TRACKING_ID, ViettelPostApi.Push.class, importer, events);
    }
}
