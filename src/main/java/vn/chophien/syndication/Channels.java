package vn.chophien.syndication;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/**
 * The partner channels this copy of the service knows (one adapter each), and the outbox topics that carry their
 * traffic: {@code <channel>-listing-sync} for listings, {@code <channel>-order-reply} for our answers to their orders.
 */
@ApplicationScoped
public class Channels {

    private final List<SalesChannel> all;

    Channels(Instance<SalesChannel> adapters) {
        this.all = adapters.stream().sorted(Comparator.comparing(SalesChannel::code)).toList();
    }

    /** Every known channel, enabled or not, by code. */
    public List<SalesChannel> all() {
        return all;
    }

    public List<SalesChannel> enabled() {
        return all.stream().filter(SalesChannel::enabled).toList();
    }

    public Optional<SalesChannel> byCode(String code) {
        return code == null
                ? Optional.empty()
                : all.stream().filter(c -> c.code().equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The name of a channel's code, or the code itself when no adapter knows it. */
    public String nameOf(String code) {
        return byCode(code).map(SalesChannel::displayName).orElse(code);
    }

    /** The topic of listing changes on their way to a channel. */
    public static String listingTopic(String code) {
        return code.toLowerCase(Locale.ROOT) + "-listing-sync";
    }

    /** The topic of our answers (accepted, rejected) to a channel's orders. */
    public static String orderReplyTopic(String code) {
        return code.toLowerCase(Locale.ROOT) + "-order-reply";
    }
}
