package vn.chophien.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import io.quarkus.scheduler.Scheduled;

import vn.chophien.web.ProblemException;

/**
 * Makes a creating request safe to retry: with the same {@code Idempotency-Key}, the same account and the same body, a
 * retry gets the first answer again instead of doing the work twice. The key is claimed by a statement that commits on
 * its own before the work starts, so a duplicate arriving meanwhile sees it (409); the answer is recorded in the work's own
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
    private final DataSource dataSource;
    private final ObjectMapper json;

    Idempotency(EntityManager em, DataSource dataSource, ObjectMapper json) {
        this.em = em;
        this.dataSource = dataSource;
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
        Response earlier;
        try {
            // Outside any transaction: each claim statement commits by itself, one round trip for a new key.
            earlier = QuarkusTransaction.suspendingExisting().call(() -> claim(accountId, key, operation, hash));
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof RuntimeException refusal ? refusal : e; // a 409 or 422 as it was thrown
        }
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

    /**
     * Null when this call now owns the key; otherwise the answer to give instead. Plain statements on a connection of
     * its own in autocommit, so the claim is visible to a duplicate at once; each decides on its own (insert if new,
     * take over if lapsed), and the last one only reads.
     */
    private Response claim(long accountId, String key, String operation, String hash) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection()) {
            // Insert first: a DELETE of a key that is not there would take a gap lock, and concurrent first claims by
            // the same buyer would then deadlock each other.
            if (update(connection,
                    "INSERT IGNORE INTO idempotency_record (account_id, idem_key, operation,"
                            + " request_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                    accountId, key, operation, hash, now) == 1) {
                return null;
            }
            // The key is known: take it over only if its record has lapsed or its request died without answering.
            if (update(connection,
                    "UPDATE idempotency_record SET operation = ?, request_hash = ?, status = NULL,"
                            + " response_body = NULL, created_at = ? WHERE account_id = ? AND idem_key = ?"
                            + " AND (created_at < ? OR (status IS NULL AND created_at < ?))",
                    operation, hash, now, accountId, key, Timestamp.from(now.toInstant().minus(KEPT)),
                    Timestamp.from(now.toInstant().minus(ABANDONED))) == 1) {
                return null;
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT request_hash, status, response_body"
                    + " FROM idempotency_record WHERE account_id = ? AND idem_key = ?")) {
                select.setLong(1, accountId);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new ProblemException(409, "idempotency-in-flight");
                    }
                    if (!hash.equals(row.getString(1))) {
                        throw new ProblemException(422, "idempotency-key-reused");
                    }
                    int status = row.getInt(2);
                    if (row.wasNull()) {
                        throw new ProblemException(409, "idempotency-in-flight");
                    }
                    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(row.getString(3))
                            .header("Idempotent-Replayed", "true").build();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Claiming an idempotency key failed", e);
        }
    }

    private static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
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
