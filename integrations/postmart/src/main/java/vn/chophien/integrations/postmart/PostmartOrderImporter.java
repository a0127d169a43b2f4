package vn.chophien.integrations.postmart;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.syndication.order.ChannelOrder;
import vn.chophien.syndication.order.ChannelOrderReply;

/** Postmart's orders in our words (theirs → ours), and our answers to them as Postmart calls (ours → theirs). */
@ApplicationScoped
public class PostmartOrderImporter {

    private final ObjectMapper json;

    PostmartOrderImporter(ObjectMapper json) {
        this.json = json;
    }

    /** The orders of one push; a push that is not an order is refused as malformed. */
    public List<ChannelOrder> toOrders(PostmartApi.OrderPush push) {
        if (push == null || push.order() == null || push.order().orderCode() == null || push.order().items() == null) {
            throw new IllegalArgumentException("Not a Postmart order push");
        }
        PostmartApi.Order order = push.order();
        PostmartApi.Customer customer = order.customer() == null
                ? new PostmartApi.Customer(null, null)
                : order.customer();
        PostmartApi.Shipping shipping = order.shipping() == null
                ? new PostmartApi.Shipping(null, null)
                : order.shipping();
        return List.of(new ChannelOrder(PostmartChannel.CODE, order.orderCode(),
                order.items().stream().map(i -> new ChannelOrder.Line(i.sku(), i.quantity(), i.price())).toList(),
                new ChannelOrder.ShipTo(customer.name(), customer.phone(), shipping.address(), shipping.wardCode()),
                !"COD".equalsIgnoreCase(order.paymentMethod())));
    }

    /** Our answer to an order, from its outbox payload: confirm it with our code, or reject it with the reason. */
    public PostmartApi.Call reply(String payload) throws JsonProcessingException {
        ChannelOrderReply reply = json.readValue(payload, ChannelOrderReply.class);
        String path = "/apis/v1/merchant/orders/" + URLEncoder.encode(reply.externalRef(), StandardCharsets.UTF_8)
                + (reply.accepted() ? "/confirm" : "/reject");
        return new PostmartApi.Call(path, new PostmartApi.Decision(reply.orderCode(), reply.reason()));
    }
}
