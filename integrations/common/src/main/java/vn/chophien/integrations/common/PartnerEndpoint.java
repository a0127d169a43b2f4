package vn.chophien.integrations.common;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PreDestroy;

import org.jboss.logging.Logger;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.simulator.PartnerSimulator;
import vn.chophien.web.WebhookSignature;

/**
 * Where a partner's API is and how we prove ourselves to each other: the configured address, or the partner's
 * simulator started in this process on first need (then the credential and webhook secret are made at start and
 * shared with it); with a real partner both come from configuration, and a push is refused while the secret is
 * missing.
 */
public abstract class PartnerEndpoint<S extends PartnerSimulator> {

    private static final Logger LOG = Logger.getLogger(PartnerEndpoint.class);

    protected final Vertx vertx;
    private final PartnerSettings settings;
    private final String madeCredential = UUID.randomUUID().toString();
    private final String madeSecret = UUID.randomUUID().toString();
    private volatile S simulator;

    protected PartnerEndpoint(PartnerSettings settings, Vertx vertx, Optional<String> credential) {
        this.settings = settings;
        this.vertx = vertx;
        if (settings.baseUrl().isPresent() && (credential.isEmpty() || settings.webhookSecret().isEmpty())) {
            LOG.warnf("%s has a base URL but no credential or webhook secret: calls or pushes will be refused",
                    getClass().getSimpleName());
        }
    }

    /** The partner's simulator, sharing our credential and secret. */
    protected abstract S newSimulator();

    /** The partner's API address: the configured one, or the simulator's, which starts on first need. */
    public String baseUrl() {
        return settings.baseUrl().orElseGet(() -> simulator().orElseThrow().start());
    }

    /** The simulator, when no base URL is configured. */
    public synchronized Optional<S> simulator() {
        if (settings.baseUrl().isPresent()) {
            return Optional.empty();
        }
        if (simulator == null) {
            simulator = newSimulator();
        }
        return Optional.of(simulator);
    }

    /** A credential from configuration, or (with the simulator) the one made at start. */
    protected String credential(Optional<String> configured) {
        return configured.orElse(madeCredential);
    }

    /** The secret webhooks are signed with; null (every push refused) for a real partner without one configured. */
    public String webhookSecret() {
        return settings.webhookSecret().orElse(settings.baseUrl().isPresent() ? null : madeSecret);
    }

    /** Checks our HMAC header on a push ({@link WebhookSignature}): 401 when bad, missing or stale. */
    protected void verifySigned(Map<String, String> headers, byte[] body) {
        WebhookSignature.verify(headers.get(WebhookSignature.HEADER.toLowerCase()), body, webhookSecret(),
                Instant.now());
    }

    @PreDestroy
    void stopSimulator() {
        if (simulator != null) {
            simulator.stop();
        }
    }
}
