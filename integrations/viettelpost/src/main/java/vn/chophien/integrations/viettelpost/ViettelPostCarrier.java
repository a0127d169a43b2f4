package vn.chophien.integrations.viettelpost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.CarrierEndpoint;
import vn.chophien.integrations.common.ServiceAddress;
import vn.chophien.integrations.viettelpost.simulator.ViettelPostSimulator;
import vn.chophien.web.ProblemException;

/**
 * Viettel Post as a carrier: where its partner API is, the account we sign in with, and how its pushes are verified:
 * their {@code TOKEN} must be the secret we share, compared in constant time. Its pushes carry no time of sending, so
 * nothing can be judged stale; a push replayed records nothing new (events are stored once).
 */
@Singleton
public class ViettelPostCarrier extends CarrierEndpoint<ViettelPostSimulator> {

    public static final String CODE = "VIETTELPOST";

    private final ViettelPostConfig config;
    private final ObjectMapper json;

    ViettelPostCarrier(ViettelPostConfig config, Vertx vertx, ObjectMapper json) {
        super(CODE, "Viettel Post", config, vertx);
        this.config = config;
        this.json = json;
    }

    @Override
    protected ViettelPostSimulator newSimulator() {
        return new ViettelPostSimulator(vertx, config.simulator(), username(), password(), this::webhookSecret,
                ServiceAddress::local);
    }

    public ViettelPostConfig config() {
        return config;
    }

    @Override
    public String webhookEndpoint() {
        return ViettelPostRoutes.TRACKING;
    }

    @Override
    public void verifyWebhook(Map<String, String> headers, byte[] body) {
        String secret = webhookSecret();
        String token;
        try {
            JsonNode push = json.readTree(body);
            token = push != null && push.hasNonNull("TOKEN") ? push.get("TOKEN").asText() : null;
        } catch (Exception e) {
            token = null;
        }
        if (secret == null || token == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(401, "signature-invalid");
        }
    }
}
