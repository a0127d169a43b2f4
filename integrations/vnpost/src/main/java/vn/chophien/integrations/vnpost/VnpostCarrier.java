package vn.chophien.integrations.vnpost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;

import vn.chophien.integrations.common.CarrierEndpoint;
import vn.chophien.integrations.common.ServiceAddress;
import vn.chophien.integrations.vnpost.simulator.VnpostSimulator;
import vn.chophien.web.ProblemException;
import vn.chophien.web.VietnamClock;

/**
 * Vietnam Post as a carrier: where its MyVNPost API is, the partner account we sign in with, and how its pushes are
 * verified: {@code SignData} must be the HMAC-SHA256 (hex) of {@code Data + SendDate} with the key we share (our
 * assumption of its algorithm), and {@code SendDate} within five minutes, so a captured push cannot be replayed later.
 */
@Singleton
public class VnpostCarrier extends CarrierEndpoint<VnpostSimulator> {

    public static final String CODE = "VNPOST";
    static final Duration TOLERANCE = Duration.ofMinutes(5);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final VnpostConfig config;
    private final ObjectMapper json;

    VnpostCarrier(VnpostConfig config, Vertx vertx, ObjectMapper json) {
        super(CODE, "Vietnam Post", config, vertx);
        this.config = config;
        this.json = json;
    }

    @Override
    protected VnpostSimulator newSimulator() {
        return new VnpostSimulator(vertx, config.simulator(), username(), password(), this::webhookSecret,
                ServiceAddress::local);
    }

    public VnpostConfig config() {
        return config;
    }

    @Override
    public String webhookEndpoint() {
        return VnpostRoutes.TRACKING;
    }

    @Override
    public void verifyWebhook(Map<String, String> headers, byte[] body) {
        String secret = webhookSecret();
        JsonNode push;
        try {
            push = json.readTree(body);
        } catch (Exception e) {
            throw new ProblemException(401, "signature-invalid");
        }
        String data = text(push, "Data");
        String sent = text(push, "SendDate");
        String sign = text(push, "SignData");
        if (secret == null || data == null || sent == null || sign == null
                || !MessageDigest.isEqual(VnpostSignature.sign(secret, data + sent).getBytes(StandardCharsets.US_ASCII),
                        sign.toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
            throw new ProblemException(401, "signature-invalid");
        }
        try {
            LocalDateTime at = LocalDateTime.parse(sent, TIME);
            if (Duration.between(at, LocalDateTime.now(VietnamClock.ZONE)).abs().compareTo(TOLERANCE) > 0) {
                throw new ProblemException(401, "signature-stale");
            }
        } catch (DateTimeParseException e) {
            throw new ProblemException(401, "signature-invalid");
        }
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
