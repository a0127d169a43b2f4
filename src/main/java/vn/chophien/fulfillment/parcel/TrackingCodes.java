package vn.chophien.fulfillment.parcel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.fulfillment.FulfillmentConfig;

/**
 * Issues tracking codes. The serial comes from the database, one counter per pair of service letters, taken with
 * {@code LAST_INSERT_ID(n + 1)} on the counter's row: the increment and the read are one statement on one connection,
 * so two copies of the service (or two threads) never get the same number. Each number is taken in a short
 * transaction of its own, so a pickup does not hold the counter's row lock while it finishes; a pickup that then
 * fails leaves a gap in the serials, which S10 allows.
 */
@ApplicationScoped
public class TrackingCodes {

    static final String COUNTRY = "VN";

    private final EntityManager em;
    private final FulfillmentConfig config;

    TrackingCodes(EntityManager em, FulfillmentConfig config) {
        this.em = em;
        this.config = config;
    }

    /** A new code with the configured service letters. */
    public String issue() {
        String letters = config.serviceLetters();
        long serial = QuarkusTransaction.requiringNew().call(() -> next(letters));
        if (serial > S10.MAX_SERIAL) {
            throw new IllegalStateException("The S10 serials of " + letters + " are used up: configure other"
                    + " service letters (chophien.fulfillment.service-letters)");
        }
        return S10.code(letters, serial, COUNTRY);
    }

    /** Takes the next serial of these letters in the caller's transaction, starting at 1. */
    long next(String letters) {
        em.createNativeQuery("INSERT INTO tracking_serial (service_letters, n) VALUES (?1, LAST_INSERT_ID(1))"
                + " ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)").setParameter(1, letters).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }
}
