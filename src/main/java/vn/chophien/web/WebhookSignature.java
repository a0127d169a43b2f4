package vn.chophien.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature partners put on the webhooks they send us: {@code X-Chophien-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<raw body>">} with the secret we share with them. Older than five minutes counts as stale, so
 * a captured request cannot be replayed later. Several {@code v1} values may be sent while a secret is rotated.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Chophien-Signature";
    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    /** Throws a 401 problem unless the header signs this exact body with the secret, recently. */
    public static void verify(String header, byte[] body, String secret, Instant now) {
        if (secret == null || secret.isBlank() || header == null) {
            throw new ProblemException(401, "signature-invalid");
        }
        Long timestamp = null;
        String expected = null;
        boolean matched = false;
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if ("t".equals(pair[0]) && pair[1].matches("\\d{1,12}")) {
                timestamp = Long.parseLong(pair[1]);
                expected = sign(secret, pair[1], body);
            }
        }
        if (timestamp == null) {
            throw new ProblemException(401, "signature-invalid");
        }
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length == 2 && "v1".equals(pair[0]) && MessageDigest.isEqual(
                    expected.getBytes(StandardCharsets.US_ASCII), pair[1].getBytes(StandardCharsets.US_ASCII))) {
                matched = true;
            }
        }
        if (!matched) {
            throw new ProblemException(401, "signature-invalid");
        }
        if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(TOLERANCE) > 0) {
            throw new ProblemException(401, "signature-stale");
        }
    }

    /** The header value for a body, as a partner (or a test) computes it. */
    public static String header(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + sign(secret, Long.toString(unixSeconds), body);
    }

    private static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
