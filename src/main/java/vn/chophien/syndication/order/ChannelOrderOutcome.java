package vn.chophien.syndication.order;

/**
 * What became of a partner's order here: accepted as our order {@code orderCode}, or rejected with a reason the
 * partner is told (in Vietnamese); {@code duplicate} when it had come before and this delivery changed nothing.
 */
public record ChannelOrderOutcome(String externalRef, boolean accepted, boolean duplicate, String orderCode,
        String reason) {
}
