package vn.chophien.integrations.postmart;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.PartnerEndpoint;
import vn.chophien.integrations.common.ServiceAddress;
import vn.chophien.integrations.postmart.simulator.PostmartSimulator;
import vn.chophien.syndication.SalesChannel;

/**
 * Postmart (Vietnam Post's farm marketplace) as a sales channel: where its API is, the token we call it with, and
 * how its order pushes are verified (our HMAC header, an assumption: Postmart's own scheme is not public).
 */
@Singleton
public class PostmartChannel extends PartnerEndpoint<PostmartSimulator> implements SalesChannel {

    public static final String CODE = "POSTMART";

    private final PostmartConfig config;

    PostmartChannel(PostmartConfig config, Vertx vertx) {
        super(config, vertx, config.apiToken());
        this.config = config;
    }

    @Override
    protected PostmartSimulator newSimulator() {
        return new PostmartSimulator(vertx, config.simulator(), apiToken(), this::webhookSecret, ServiceAddress::local);
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String displayName() {
        return "Postmart";
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    public PostmartConfig config() {
        return config;
    }

    public String apiToken() {
        return credential(config.apiToken());
    }

    @Override
    public Optional<String> orderWebhookEndpoint() {
        return Optional.of(PostmartOrderRoutes.WEBHOOK);
    }

    @Override
    public void verifyOrderWebhook(Map<String, String> headers, byte[] body) {
        verifySigned(headers, body);
    }
}
