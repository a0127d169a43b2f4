package vn.chophien.syndication;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What each partner does with our calls, counted in this copy of the service since it started and exported to
 * Prometheus as {@code chophien_partner_calls_total{partner, outcome}}: sent (items the partner took), failed (calls
 * given up: refused, or out of quick retries), retried, throttled (429). The lag of the oldest pending event is read
 * from the outbox, which all copies share ({@code outbox.OutboxLag}).
 */
@ApplicationScoped
public class ChannelMetrics {

    public enum Outcome {
        SENT, FAILED, RETRIED, THROTTLED
    }

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    ChannelMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void sent(String partner, int items) {
        counter(partner, Outcome.SENT).increment(items);
    }

    public void failed(String partner) {
        counter(partner, Outcome.FAILED).increment();
    }

    public void retried(String partner) {
        counter(partner, Outcome.RETRIED).increment();
    }

    public void throttled(String partner) {
        counter(partner, Outcome.THROTTLED).increment();
    }

    /** The count so far in this copy. */
    public long count(String partner, Outcome outcome) {
        return (long) counter(partner, outcome).count();
    }

    private Counter counter(String partner, Outcome outcome) {
        String name = partner == null ? "UNKNOWN" : partner;
        return counters.computeIfAbsent(name + "/" + outcome,
                k -> Counter.builder("chophien.partner.calls").description("Partner calls by outcome")
                        .tag("partner", name).tag("outcome", outcome.name().toLowerCase()).register(registry));
    }
}
