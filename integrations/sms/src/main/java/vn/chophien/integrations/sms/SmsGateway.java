package vn.chophien.integrations.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.vertx.core.json.JsonObject;

import vn.chophien.sms.SmsSender;

/**
 * Sends texts through an HTTP SMS gateway ({@code POST <base>/messages} with {@code {to, from, text}}, bearer key),
 * or, with no gateway configured, through {@link SmsSimulator}, which logs each message and keeps it for tests.
 */
@ApplicationScoped
public class SmsGateway implements SmsSender {

    private static final Logger LOG = Logger.getLogger(SmsGateway.class);

    private final SmsConfig config;
    private final SmsSimulator simulator;
    private final HttpClient http;

    SmsGateway(SmsConfig config, SmsSimulator simulator) {
        this.config = config;
        this.simulator = simulator;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
    }

    @Override
    public void send(String phone, String text) {
        String base = config.baseUrl().orElseGet(simulator::start);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + "/messages"))
                .timeout(config.timeout()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        new JsonObject().put("to", phone).put("from", config.sender()).put("text", text).encode()));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new SmsNotSent("The SMS gateway answered " + answer.statusCode(), null);
            }
            LOG.debugf("SMS to %s accepted by the gateway", mask(phone));
        } catch (IOException e) {
            throw new SmsNotSent("The SMS gateway could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("Interrupted while sending an SMS", e);
        }
    }

    /** A phone as logs show it: its last three digits only. */
    static String mask(String phone) {
        return "…" + phone.substring(Math.max(0, phone.length() - 3));
    }
}
