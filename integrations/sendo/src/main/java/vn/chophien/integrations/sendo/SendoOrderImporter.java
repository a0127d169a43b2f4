package vn.chophien.integrations.sendo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.chophien.syndication.order.ChannelOrder;
import vn.chophien.syndication.order.ChannelOrderReply;

/**
 * Sendo's orders in our words (theirs → ours): only new ones (order_status 2) are taken, paid unless Sendo says the
 * payment is still to collect (payment_status 1, cash on delivery). And our answers as Sendo calls (ours → theirs):
 * order_status 3 to confirm, 13 to cancel with the reason.
 */
@ApplicationScoped
public class SendoOrderImporter {

    static final int NEW = 2;
    static final int CONFIRMED = 3;
    static final int CANCELLED = 13;
    static final int UNPAID = 1;

    private final ObjectMapper json;

    SendoOrderImporter(ObjectMapper json) {
        this.json = json;
    }

    public List<ChannelOrder> toOrders(SendoApi.OrderPage page) {
        if (page == null || page.data() == null) {
            return List.of();
        }
        return page.data().stream()
                .filter(o -> o.salesOrder() != null && o.salesOrder().orderStatus() == NEW && o.skuDetails() != null)
                .map(this::toOrder).toList();
    }

    private ChannelOrder toOrder(SendoApi.OrderItem item) {
        SendoApi.SalesOrder order = item.salesOrder();
        return new ChannelOrder(SendoChannel.CODE, order.orderNumber(),
                item.skuDetails().stream().map(s -> new ChannelOrder.Line(s.sku(), s.quantity(), s.price())).toList(),
                new ChannelOrder.ShipTo(order.receiverName(), order.shippingContactPhone(), order.receiverAddress(),
                        order.receiverWardCode()),
                order.paymentStatus() != UNPAID);
    }

    public SendoApi.Call reply(String payload) throws JsonProcessingException {
        ChannelOrderReply reply = json.readValue(payload, ChannelOrderReply.class);
        return new SendoApi.Call("/api/partner/salesorder", new SendoApi.OrderStatusUpdate(reply.externalRef(),
                reply.accepted() ? CONFIRMED : CANCELLED, reply.accepted() ? null : reply.reason()));
    }
}
