package vn.chophien.syndication;

/**
 * A partner answered, and refused what we sent, in its answer rather than its HTTP status (a carrier's
 * {@code "error": true} with its message): no retry can cure it, the shared policy makes its events dead letters at
 * once with the partner's words.
 */
public class PartnerRefusedException extends RuntimeException {

    public PartnerRefusedException(String partner, String message) {
        super(partner + ": " + message);
    }
}
