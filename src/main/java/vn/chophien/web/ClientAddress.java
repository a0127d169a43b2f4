package vn.chophien.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpServerRequest;

/**
 * The address a request comes from, for limits per client. {@code X-Forwarded-For} is believed only when the
 * connection comes from one of the configured trusted proxies ({@code chophien.http.trusted-proxies}, addresses or
 * CIDR ranges), and then only up to the first hop that is not itself trusted: anyone else could write any address
 * there and pass for a thousand clients.
 */
@ApplicationScoped
public class ClientAddress {

    private record Range(byte[] network, int bits) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> trusted;

    ClientAddress(@ConfigProperty(name = "chophien.http.trusted-proxies") Optional<List<String>> proxies) {
        this.trusted = proxies.orElse(List.of()).stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(ClientAddress::range).toList();
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return of(peer, request.getHeader("X-Forwarded-For"));
    }

    /** The client behind {@code peer}, reading {@code forwardedFor} from the right while the hops are trusted. */
    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>(List.of(forwardedFor.split(",")));
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (hop.isEmpty() || parse(hop) == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        byte[] bytes = parse(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for anything else (never a name lookup). */
    private static byte[] parse(String text) {
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            return null;
        }
        try {
            return InetAddress.getByName(literal).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Range range(String cidr) {
        int slash = cidr.indexOf('/');
        byte[] network = parse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (network == null) {
            throw new IllegalArgumentException("chophien.http.trusted-proxies: not an address or range: " + cidr);
        }
        int bits = slash < 0 ? network.length * 8 : Integer.parseInt(cidr.substring(slash + 1));
        return new Range(network, bits);
    }
}
