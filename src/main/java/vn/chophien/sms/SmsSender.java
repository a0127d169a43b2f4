package vn.chophien.sms;

/**
 * The port text messages to a phone leave through (one-time sign-in codes). The adapter, chosen by
 * {@code chophien.sms.*}, lives in {@code integrations/sms}; core code never imports it.
 */
public interface SmsSender {

    /**
     * Sends the text to a {@code +84…} number, or throws {@link SmsNotSent} when the gateway refused or could not be
     * reached (nothing to retry silently: the person asking sees it and asks again).
     */
    void send(String phone, String text);

    /** The message did not leave. */
    class SmsNotSent extends RuntimeException {
        public SmsNotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
