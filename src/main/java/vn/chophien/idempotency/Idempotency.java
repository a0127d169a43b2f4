package vn.chophien.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import vn.chophien.web.ProblemException;

/**
 * Makes a creating request safe to retry: with the same {@code Idempotency-Key}, the same account and the same body, a
 * retry gets the first answer again instead of doing the work twice. The key is claimed in its own transaction before
 * the work starts, so a duplicate arriving meanwhile sees it (409); the answer is recorded in the work's own
 * transaction, so either both the work and its record commit or neither does. Records hold for 24 hours.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");
    private static final Duration KEPT = Duration.ofHours(24);
    /** A claim without an answer this old belongs to a request that died (a crash): it may be taken over. */
    private static final Duration ABANDONED = Duration.ofMinutes(2);

    private final EntityManager em;
    private final ObjectMapper json;

    Idempotency(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Takes the answer to keep for a key, inside the work's transaction. */
    @FunctionalInterface
    public interface Recorder {
        void record(Response answer);
    }

    /** Runs {@code work} once per key; without a key, simply runs it. */
    public Response once(long accountId, String key, String operation, Object request, Supplier<Response> work) {
        return once(accountId, key, operation, request, recorder -> {
            Response response = work.get();
            recorder.record(response);
            return response;
        });
    }

    /**
     * Like {@link #once(long, String, String, Object, Supplier)}, for work that records its answer itself before its
     * last step, so that step (taking contested stock, say) is the last thing before the commit. The work must call
     * the recorder exactly once when it has a key; without a key the recorder does nothing.
     */
    public Response once(long accountId, String key, String operation, Object request,
            Function<Recorder, Response> work) {
        if (key == null) {
            return work.apply(answer -> {
            });
        }
        if (!KEY.matcher(key).matches()) {
            throw new ProblemException(400, "idempotency-key-invalid");
        }
        String hash = hash(operation, request);
        Response earlier = QuarkusTransaction.requiringNew().call(() -> claim(accountId, key, operation, hash));
        if (earlier != null) {
            return earlier;
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> work.apply(answer -> record(accountId, key, answer)));
        } catch (RuntimeException e) {
            QuarkusTransaction.requiringNew().run(() -> release(accountId, key));
            throw e;
        }
    }

    /** Deletes records past their 24 hours; returns how many. */
    @Transactional
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < ?1")
                .setParameter(1, now.minus(KEPT)).executeUpdate();
    }

    @Scheduled(every = "${chophien.housekeeping.every}", delayed = "50s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired(Instant.now());
    }

    /** The answer recorded for a key that has had one, such as the order a form already placed. */
    public Optional<String> recordedAnswer(long accountId, String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> bodies = em
                .createNativeQuery("SELECT response_body FROM idempotency_record"
                        + " WHERE account_id = ?1 AND idem_key = ?2 AND status BETWEEN 200 AND 299")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        return bodies.stream().filter(b -> b != null).map(Object::toString).findFirst();
    }

    /** Null when this call now owns the key; otherwise the answer to give instead. */
    private Response claim(long accountId, String key, String operation, String hash) {
        Instant now = Instant.now();
        // Insert first: a DELETE of a key that is not there would take a gap lock, and concurrent first claims by
        // the same buyer would then deadlock each other.
        int claimed = em
                .createNativeQuery("INSERT IGNORE INTO idempotency_record"
                        + " (account_id, idem_key, operation, request_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, accountId).setParameter(2, key).setParameter(3, operation).setParameter(4, hash)
                .setParameter(5, now).executeUpdate();
        if (claimed == 1) {
            return null;
        }
        // The key is known: take it over only if its record has lapsed or its request died without answering.
        int takenOver = em.createNativeQuery("UPDATE idempotency_record SET operation = ?3, request_hash = ?4,"
                + " status = NULL, response_body = NULL, created_at = ?5 WHERE account_id = ?1 AND idem_key = ?2"
                + " AND (created_at < ?6 OR (status IS NULL AND created_at < ?7))").setParameter(1, accountId)
                .setParameter(2, key).setParameter(3, operation).setParameter(4, hash).setParameter(5, now)
                .setParameter(6, now.minus(KEPT)).setParameter(7, now.minus(ABANDONED)).executeUpdate();
        if (takenOver == 1) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("SELECT request_hash, status, response_body FROM"
                        + " idempotency_record WHERE account_id = ?1 AND idem_key = ?2")
                .setParameter(1, accountId).setParameter(2, key).getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(409, "idempotency-in-flight");
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused");
        }
        if (row[1] == null) {
            throw new ProblemException(409, "idempotency-in-flight");
        }
        return Response.status(((Number) row[1]).intValue()).type(MediaType.APPLICATION_JSON_TYPE).entity(row[2])
                .header("Idempotent-Replayed", "true").build();
    }

    private void record(long accountId, String key, Response response) {
        String body;
        try {
            Object entity = response.getEntity();
            // an answer already written as JSON (a String) is kept as it is
            body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer that cannot be written as JSON", e);
        }
        em.createNativeQuery("UPDATE idempotency_record SET status = ?3, response_body = ?4"
                + " WHERE account_id = ?1 AND idem_key = ?2").setParameter(1, accountId).setParameter(2, key)
                .setParameter(3, response.getStatus()).setParameter(4, body).executeUpdate();
    }

    private void release(long accountId, String key) {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE account_id = ?1 AND idem_key = ?2")
                .setParameter(1, accountId).setParameter(2, key).executeUpdate();
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
