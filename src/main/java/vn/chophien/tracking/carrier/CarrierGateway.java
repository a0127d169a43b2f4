package vn.chophien.tracking.carrier;

import java.util.Map;

/**
 * A port: a carrier parcels travel with (Vietnam Post, Viettel Post). Each carrier's adapter under
 * {@code integrations/} implements it, with Camel routes that consume the carrier's shipment topic
 * ({@link Carriers#shipmentTopic}) and turn its status pushes into {@link CarrierEvent}s.
 */
public interface CarrierGateway {

    /** The carrier's code, as post offices name it: VNPOST, VIETTELPOST. */
    String code();

    /** Its name as people know it: "Vietnam Post". */
    String displayName();

    boolean enabled();

    /** The Camel endpoint that takes a verified status push's raw body and answers its {@link CarrierEvent}s. */
    String webhookEndpoint();

    /**
     * Checks that a push comes from the carrier, its way (a shared token, a signature); a bad, missing or stale one
     * throws a 401 problem before anything is recorded.
     *
     * @param headers the request's headers, names in lower case
     */
    void verifyWebhook(Map<String, String> headers, byte[] body);
}
