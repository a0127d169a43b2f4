package vn.chophien.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** X-Forwarded-For is believed only from a trusted proxy, and only as far back as the proxies are trusted. */
class ClientAddressTest {

    private final ClientAddress behindProxy = new ClientAddress(Optional.of(List.of("10.0.0.0/8", "192.0.2.1")));
    private final ClientAddress direct = new ClientAddress(Optional.empty());

    @Test
    void aClientWritingItsOwnHeaderIsStillItself() {
        assertEquals("203.0.113.9", direct.of("203.0.113.9", "198.51.100.1"));
        assertEquals("203.0.113.9", behindProxy.of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void behindTrustedProxiesTheFirstUntrustedHopIsTheClient() {
        assertEquals("198.51.100.7", behindProxy.of("10.1.2.3", "198.51.100.7"));
        // the client put a made-up address in front; the proxy appended the one it saw
        assertEquals("198.51.100.7", behindProxy.of("192.0.2.1", "1.2.3.4, 198.51.100.7, 10.9.9.9"));
        assertEquals("10.1.2.3", behindProxy.of("10.1.2.3", "not-an-address"));
    }
}
