package vn.chophien.syndication.order;

/**
 * The outbox payload of a channel's {@code <channel>-order-reply} topic: our answer to one of its orders, accepted
 * (with our order's code) or rejected with the reason its customer is given.
 */
public record ChannelOrderReply(String externalRef, boolean accepted, String orderCode, String reason) {
}
