package vn.chophien.integrations.voso;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.syndication.order.ChannelOrder;
import vn.chophien.syndication.order.ChannelOrderReply;

/** Voso's orders in our words (theirs → ours), and our decisions on them as Voso calls (ours → theirs). */
@ApplicationScoped
public class VosoOrderImporter {

    private final ObjectMapper json;

    VosoOrderImporter(ObjectMapper json) {
        this.json = json;
    }

    public List<ChannelOrder> toOrders(VosoApi.OrderPush push) {
        if (push == null || push.orders() == null || push.orders().isEmpty()) {
            throw new IllegalArgumentException("Not a Voso order push");
        }
        return push.orders().stream().map(this::toOrder).toList();
    }

    private ChannelOrder toOrder(VosoApi.Order order) {
        if (order.vosoOrderId() == null || order.lines() == null) {
            throw new IllegalArgumentException("A Voso order without its id or lines");
        }
        VosoApi.Buyer buyer = order.buyer() == null ? new VosoApi.Buyer(null, null) : order.buyer();
        VosoApi.Address to = order.deliverTo() == null ? new VosoApi.Address(null, null) : order.deliverTo();
        return new ChannelOrder(VosoChannel.CODE, order.vosoOrderId(),
                order.lines().stream().map(l -> new ChannelOrder.Line(l.packKey(), l.qty(), l.unitPriceVnd())).toList(),
                new ChannelOrder.ShipTo(buyer.fullName(), buyer.mobile(), to.street(), to.wardCode()),
                order.paidOnline());
    }

    public VosoApi.Call reply(String payload) throws JsonProcessingException {
        ChannelOrderReply reply = json.readValue(payload, ChannelOrderReply.class);
        return new VosoApi.Call(
                "/v1/shop/orders/" + URLEncoder.encode(reply.externalRef(), StandardCharsets.UTF_8) + "/decision",
                new VosoApi.Decision(reply.accepted(), reply.orderCode(), reply.reason()));
    }
}
