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
        // Delivers a batch of outbox events of topic "notification" to the notifier one by one, under the shared
        // delivery policy: a failed notice is recorded on its own event and the others go on.
        from(DELIVER).routeId(Notifications.TOPIC).routeConfigurationId(DeliveryPolicy.ID).split(body())
                .setHeader(OutboxRelay.EVENT_ID, simple("${body.id}"))
                .bean(notifications, "deliver(${body.id}, ${body.payload})");
    }
}
