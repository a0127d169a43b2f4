package vn.chophien.integrations.voso;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.PartnerEndpoint;
import vn.chophien.integrations.common.ServiceAddress;
import vn.chophien.integrations.voso.simulator.VosoSimulator;
import vn.chophien.syndication.SalesChannel;

/**
 * Voso (Viettel Post's marketplace) as a sales channel: where its API is, the shop key we call it with, and
 * how its order pushes are verified (our HMAC header: the contract is ours).
 */
@Singleton
public class VosoChannel extends PartnerEndpoint<VosoSimulator> implements SalesChannel {

    public static final String CODE = "VOSO";

    private final VosoConfig config;

    VosoChannel(VosoConfig config, Vertx vertx) {
        super(config, vertx, config.shopKey());
        this.config = config;
    }

    @Override
    protected VosoSimulator newSimulator() {
        return new VosoSimulator(vertx, config.simulator(), shopKey(), this::webhookSecret, ServiceAddress::local);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String displayName() {
        return "Voso";
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    public VosoConfig config() {
        return config;
    }

    public String shopKey() {
        return credential(config.shopKey());
    }

    @Override
    public Optional<String> orderWebhookEndpoint() {
        return Optional.of(VosoOrderRoutes.WEBHOOK);
    }

    @Override
    public void verifyOrderWebhook(Map<String, String> headers, byte[] body) {
        verifySigned(headers, body);
    }
}
