package vn.chophien.integrations.common.simulator;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import vn.chophien.web.WebhookSignature;

/**
 * How a simulator pushes webhooks to the service, signed with the secret the two share ({@code X-Chophien-Signature},
 * HMAC-SHA256 of {@code "<t>.<body>"}), the way our assumed partner contracts say; a partner that signs its own way
 * has its own sender.
 */
public final class SignedWebhooks {

    // HTTP/1.1: an h2c upgrade of a POST with a body is where servers disagree
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Supplier<String> serviceUrl;
    private final Supplier<String> secret;

    public SignedWebhooks(Supplier<String> serviceUrl, Supplier<String> secret) {
        this.serviceUrl = serviceUrl;
        this.secret = secret;
    }

    /** Posts a JSON body to a path of the service; completes with the HTTP status. */
    public CompletableFuture<Integer> post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl.get() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER,
                        WebhookSignature.header(secret.get(), Instant.now().getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** Posts without our signature (for partners that sign otherwise, with their own headers in the body). */
    public CompletableFuture<Integer> postUnsigned(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(serviceUrl.get() + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
