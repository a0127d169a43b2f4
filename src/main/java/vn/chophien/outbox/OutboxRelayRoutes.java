package vn.chophien.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

/** The relay's clock and its dead letter: due outbox events leave on every tick; failures are written back. */
@ApplicationScoped
public class OutboxRelayRoutes extends RouteBuilder {

    public static final String RELAY = "outbox-relay";
    public static final String DEAD_LETTER_ID = "outbox-dead-letter";
    public static final String DEAD_LETTER = "direct:" + DEAD_LETTER_ID;

    private final OutboxRelay relay;
    private final OutboxConfig config;

    OutboxRelayRoutes(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public void configure() {
        // Hands due outbox events to the routes of their topics, one batch per tick, in every copy of the service.
        fromF("timer:%s?period=%d&delay=%d", RELAY, config.pollPeriod().toMillis(), config.pollPeriod().toMillis())
                .routeId(RELAY).routeConfigurationId(DeliveryPolicy.ID).bean(relay, "relayDue");

        // Writes a delivery's failure on its event; outside the policy it serves, so a failure here cannot loop.
        from(DEAD_LETTER).routeId(DEAD_LETTER_ID).bean(relay, "recordFailure");
    }
}
