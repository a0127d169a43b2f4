package vn.chophien.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

/** Keeps the outbox small: delivered events past their retention are deleted now and then. */
@ApplicationScoped
public class OutboxPurgeRoutes extends RouteBuilder {

    public static final String PURGE = "outbox-purge";

    private final OutboxRelay relay;
    private final OutboxConfig config;

    OutboxPurgeRoutes(OutboxRelay relay, OutboxConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public void configure() {
        // Deletes DELIVERED outbox events older than chophien.outbox.retention.
        fromF("timer:%s?period=%d", PURGE, config.purgePeriod().toMillis()).routeId(PURGE)
                .routeConfigurationId(DeliveryPolicy.ID).bean(relay, "purge");
    }
}
