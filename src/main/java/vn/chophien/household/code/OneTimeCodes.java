package vn.chophien.household.code;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.sms.SmsSender;
import vn.chophien.web.ProblemException;

/**
 * Six-digit codes sent by SMS to prove a phone: stored hashed, good for ten minutes and five tries, the newest one
 * only. Sends are limited per phone and per helper (429 with {@code Retry-After}), so neither a helper nor a stranger
 * can flood a household's phone.
 */
@ApplicationScoped
public class OneTimeCodes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BCRYPT_COST = 8;

    private final EntityManager em;
    private final SmsSender sms;
    private final CodeConfig config;
    private final Clock clock;

    OneTimeCodes(EntityManager em, SmsSender sms, CodeConfig config, Clock clock) {
        this.em = em;
        this.sms = sms;
        this.config = config;
        this.clock = clock;
    }

    /** What checking a code found. */
    public enum Outcome {
        RIGHT, WRONG, SPENT, EXPIRED, NONE
    }

    /**
     * Makes a code for the phone and texts it; {@code helperId} is who asked (null: the household). Earlier codes of
     * the phone stop working. Counted against the limits before anything is sent.
     */
    public void send(String phone, Long helperId, String textBeforeCode) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        String hash = BcryptUtil.bcryptHash(code, BCRYPT_COST);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            Instant since = now.minus(config.sendWindow());
            // one send of a phone at a time, so that two at once cannot both pass the count
            em.createNativeQuery("SELECT id FROM one_time_code WHERE phone = ?1 FOR UPDATE").setParameter(1, phone)
                    .getResultList();
            throttle(em
                    .createQuery("select c.createdAt from OneTimeCode c where c.phone = :p and c.createdAt > :since"
                            + " order by c.createdAt", Instant.class)
                    .setParameter("p", phone).setParameter("since", since).getResultList(), config.sendsPerPhone(),
                    now);
            if (helperId != null) {
                throttle(
                        em.createQuery("select c.createdAt from OneTimeCode c where c.sentBy = :h"
                                + " and c.createdAt > :since order by c.createdAt", Instant.class)
                                .setParameter("h", helperId).setParameter("since", since).getResultList(),
                        config.sendsPerHelper(), now);
            }
            em.createQuery("update OneTimeCode c set c.expiresAt = :now where c.phone = :p and c.expiresAt > :now")
                    .setParameter("now", now).setParameter("p", phone).executeUpdate();
            OneTimeCode row = new OneTimeCode();
            row.phone = phone;
            row.codeHash = hash;
            row.sentBy = helperId;
            row.createdAt = now;
            row.expiresAt = now.plus(config.lifetime());
            em.persist(row);
        });
        try {
            sms.send(phone, textBeforeCode + " " + code);
        } catch (SmsSender.SmsNotSent e) {
            throw new ProblemException(503, "sms-not-sent").withHeader("Retry-After", "30");
        }
    }

    /** Checks the phone's newest code; a wrong try is counted even though the caller then refuses. */
    public Outcome check(String phone, String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> ids = em.createNativeQuery(
                    "SELECT id FROM one_time_code WHERE phone = ?1 ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE")
                    .setParameter(1, phone).getResultList();
            if (ids.isEmpty()) {
                return Outcome.NONE;
            }
            OneTimeCode row = em.find(OneTimeCode.class, ((Number) ids.get(0)).longValue());
            if (row.usedAt != null) {
                return Outcome.NONE;
            }
            if (!clock.instant().isBefore(row.expiresAt)) {
                return Outcome.EXPIRED;
            }
            if (row.attempts >= config.maxTries()) {
                return Outcome.SPENT;
            }
            if (code != null && code.matches("\\d{6}") && BcryptUtil.matches(code, row.codeHash)) {
                row.usedAt = clock.instant();
                return Outcome.RIGHT;
            }
            row.attempts++;
            return row.attempts >= config.maxTries() ? Outcome.SPENT : Outcome.WRONG;
        });
    }

    /** 429 when {@code sends} (oldest first, within the window) already reach the limit; waits for the oldest. */
    private void throttle(List<Instant> sends, int limit, Instant now) {
        if (sends.size() >= limit) {
            Instant free = sends.get(sends.size() - limit).plus(config.sendWindow());
            long seconds = Math.max(1, Duration.between(now, free).toSeconds());
            throw new ProblemException(429, "code-sends-throttled", (seconds + 59) / 60).withHeader("Retry-After",
                    Long.toString(seconds));
        }
    }
}
