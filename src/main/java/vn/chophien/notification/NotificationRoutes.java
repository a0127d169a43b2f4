package vn.chophien.notification;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.camel.builder.RouteBuilder;

import vn.chophien.outbox.DeliveryPolicy;
import vn.chophien.outbox.OutboxRelay;

/** Notifications leave the outbox here for the {@link Notifier}. */
@ApplicationScoped
public class NotificationRoutes extends RouteBuilder {

    public static final String DELIVER = OutboxRelay.endpointOf(Notifications.TOPIC);

    private final Notifications notifications;

    NotificationRoutes(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void configure() {
        // Delivers an outbox event of topic "notification" to the notifier, under the shared delivery policy.
        from(DELIVER).routeId(Notifications.TOPIC).routeConfigurationId(DeliveryPolicy.ID).bean(notifications,
                "deliver(${header." + OutboxRelay.EVENT_ID + "}, ${body})");
    }
}
