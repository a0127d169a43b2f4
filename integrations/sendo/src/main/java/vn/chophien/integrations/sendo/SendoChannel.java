package vn.chophien.integrations.sendo;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.PartnerEndpoint;
import vn.chophien.integrations.sendo.simulator.SendoSimulator;
import vn.chophien.syndication.SalesChannel;
import vn.chophien.web.ProblemException;

/**
 * Sendo as a sales channel: where its Open API is, the shop's keys we log in with, and no order webhook: Sendo's push
 * carries no signature we could verify, so its orders are polled ({@link SendoOrderPoller}).
 */
@Singleton
public class SendoChannel extends PartnerEndpoint<SendoSimulator> implements SalesChannel {

    public static final String CODE = "SENDO";

    private final SendoConfig config;

    SendoChannel(SendoConfig config, Vertx vertx) {
        super(config, vertx, config.secretKey());
        this.config = config;
    }

    @Override
    protected SendoSimulator newSimulator() {
        return new SendoSimulator(vertx, config.simulator(), shopKey(), secretKey());
    }

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public String displayName() {
        return "Sendo";
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    public SendoConfig config() {
        return config;
    }

    public String shopKey() {
        return config.shopKey().orElse("chophien-shop");
    }

    String secretKey() {
        return credential(config.secretKey());
    }

    @Override
    public Optional<String> orderWebhookEndpoint() {
        return Optional.empty();
    }

    @Override
    public void verifyOrderWebhook(Map<String, String> headers, byte[] body) {
        throw new ProblemException(404, "not-found");
    }
}
