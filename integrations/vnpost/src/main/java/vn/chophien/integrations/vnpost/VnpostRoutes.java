package vn.chophien.integrations.vnpost;

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
 * Vietnam Post's flows: the access token (its own throttle), every other call through the one way out (throttled,
 * with the token), shipments asked at pickup, and verified status pushes in.
 */
@ApplicationScoped
public class VnpostRoutes extends RouteBuilder {

    static final String API = "/MYVNP_API/customer-partner";
    static final String LOGIN = "direct:vnpost-login";
    static final String CALL_ID = "vnpost-call";
    static final String TRACKING_ID = "vnpost-tracking";
    public static final String TRACKING = "direct:" + TRACKING_ID;

    private final VnpostCarrier carrier;
    private final VnpostShipmentBuilder builder;
    private final VnpostTrackingImporter importer;
    private final CarrierEvents events;
    private final TokenCache tokens;

    VnpostRoutes(VnpostCarrier carrier, VnpostShipmentBuilder builder, VnpostTrackingImporter importer,
            CarrierEvents events, ProducerTemplate camel) {
        this.carrier = carrier;
        this.builder = builder;
        this.importer = importer;
        this.events = events;
        this.tokens = new TokenCache(() -> camel.requestBody(LOGIN, null, VnpostApi.Token.class).token(),
                Duration.ofHours(8));
    }

    @Override
    public void configure() {
        if (!carrier.enabled()) {
            return; // no routes, no simulator: shipments asked of it fail visibly as dead letters
        }
        // Signs our partner account in; answers the access token.
        CarrierRoutes.login(this, LOGIN, "vnpost-login", carrier, API + "/GetAccessToken",
                new VnpostApi.Login(carrier.username(), carrier.password()), VnpostApi.Token.class);

        // Every other call to Vietnam Post: throttled, with the access token (signed in again after a 401).
        ChannelRoutes.call(this, CALL_ID, carrier.config().ratePerSecond(),
                e -> e.getMessage().setHeader("h-token", tokens.forExchange(e)), carrier.baseUrl(),
                carrier.config().timeout());

        // Parcels picked up at Vietnam Post offices, asked of Vietnam Post under our tracking code.
        CarrierRoutes.shipments(this, VnpostCarrier.CODE, builder, API + "/CreateOrder",
                VnpostApi.CreateOrderReply.class, "direct:" + CALL_ID);

        // Vietnam Post's verified status pushes, mapped and taken by the tracking.
        CarrierRoutes.tracking(this, TRACKING_ID, VnpostApi.Push.class, importer, events);
    }
}
