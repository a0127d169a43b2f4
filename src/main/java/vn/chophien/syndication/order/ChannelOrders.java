package vn.chophien.syndication.order;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.chophien.order.OrderRequests;
import vn.chophien.order.OrderService;
import vn.chophien.order.OrderViews;
import vn.chophien.order.PaymentMethod;
import vn.chophien.outbox.Outbox;
import vn.chophien.syndication.Channels;
import vn.chophien.syndication.listing.ListingUpdate;
import vn.chophien.web.Languages;
import vn.chophien.web.Messages;
import vn.chophien.web.ProblemException;

/**
 * Partner orders into our one order book. Each is taken exactly like a storefront order (parcels per seller, stock
 * in the same transaction, so a box is never sold twice across channels) and exactly once: the channel's reference
 * is claimed first, in the same transaction, so a webhook sent twice or an order found by two polls is one order.
 * What cannot be taken (stock short, a pack size no longer for sale, an address we cannot ship to) is rejected, and
 * the partner is told either way through the outbox.
 */
@ApplicationScoped
public class ChannelOrders {

    private static final Logger LOG = Logger.getLogger(ChannelOrders.class);

    private final EntityManager em;
    private final OrderService orders;
    private final Outbox outbox;
    private final Messages messages;
    private final Clock clock;
    private final Validator validator;

    ChannelOrders(EntityManager em, OrderService orders, Outbox outbox, Messages messages, Clock clock,
            Validator validator) {
        this.validator = validator;
        this.em = em;
        this.orders = orders;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = clock;
    }

    /** Takes a batch of a partner's orders, each in its own transaction; answers what became of each. */
    public List<ChannelOrderOutcome> receiveAll(List<ChannelOrder> batch) {
        return batch.stream().map(this::receive).toList();
    }

    /** Takes one partner order, or finds what became of it when it came before. */
    public ChannelOrderOutcome receive(ChannelOrder order) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> accept(order));
        } catch (RuntimeException e) {
            ProblemException problem = problem(e);
            if (problem == null) {
                throw e; // the database is away: the partner's delivery fails and it tries again
            }
            String reason = reason(problem);
            LOG.infof("%s order %s rejected: %s", order.channel(), order.externalRef(), reason);
            return QuarkusTransaction.requiringNew().call(() -> reject(order, reason));
        }
    }

    private ChannelOrderOutcome accept(ChannelOrder order) {
        if (!claim(order, "ACCEPTED", null)) {
            return existing(order);
        }
        List<OrderRequests.ChannelLine> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            ChannelOrder.Line line = order.lines().get(i);
            long variant = ListingUpdate.variantOf(line.packKey());
            if (variant < 0 || line.quantity() < 1 || line.quantity() > 1000 || line.unitPriceVnd() < 0) {
                throw ProblemException.invalidField("lines[" + i + "]", "variant-not-for-sale");
            }
            lines.add(new OrderRequests.ChannelLine(variant, line.quantity(), line.unitPriceVnd()));
        }
        ChannelOrder.ShipTo to = order.shipTo();
        if (lines.isEmpty() || to == null || blank(to.name()) || blank(to.phone()) || blank(to.line1())
                || blank(to.communeCode())) {
            throw ProblemException.invalidField("shipTo", "channel-order-incomplete");
        }
        OrderViews.Placed placed = orders
                .placeChannelOrder(new OrderRequests.PlaceChannelOrder(order.channel(), order.externalRef(), lines,
                        new OrderRequests.ShipTo(to.name(), to.phone(), to.line1(), to.communeCode()),
                        order.prepaid() ? PaymentMethod.CHANNEL : PaymentMethod.COD));
        em.createNativeQuery(
                "UPDATE channel_order SET order_id = ?1, order_code = ?2" + " WHERE channel = ?3 AND external_ref = ?4")
                .setParameter(1, placed.orderId()).setParameter(2, placed.code()).setParameter(3, order.channel())
                .setParameter(4, order.externalRef()).executeUpdate();
        reply(order, new ChannelOrderReply(order.externalRef(), true, placed.code(), null));
        return new ChannelOrderOutcome(order.externalRef(), true, false, placed.code(), null);
    }

    private ChannelOrderOutcome reject(ChannelOrder order, String reason) {
        if (!claim(order, "REJECTED", reason)) {
            return existing(order);
        }
        reply(order, new ChannelOrderReply(order.externalRef(), false, null, reason));
        return new ChannelOrderOutcome(order.externalRef(), false, false, null, reason);
    }

    /** Claims the channel's reference; false when it was claimed before (and has committed). */
    private boolean claim(ChannelOrder order, String status, String reason) {
        if (blank(order.externalRef()) || order.externalRef().length() > 64) {
            throw new IllegalArgumentException("A channel order reference is 1 to 64 characters");
        }
        return em
                .createNativeQuery("INSERT IGNORE INTO channel_order (channel, external_ref, status, reason,"
                        + " received_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, order.channel()).setParameter(2, order.externalRef()).setParameter(3, status)
                .setParameter(4, reason).setParameter(5, clock.instant()).executeUpdate() == 1;
    }

    private ChannelOrderOutcome existing(ChannelOrder order) {
        Object[] row = (Object[]) em
                .createNativeQuery("SELECT status, order_code, reason FROM channel_order"
                        + " WHERE channel = ?1 AND external_ref = ?2")
                .setParameter(1, order.channel()).setParameter(2, order.externalRef()).getSingleResult();
        return new ChannelOrderOutcome(order.externalRef(), "ACCEPTED".equals(row[0]), true, (String) row[1],
                (String) row[2]);
    }

    private void reply(ChannelOrder order, ChannelOrderReply reply) {
        outbox.publish(Channels.orderReplyTopic(order.channel()),
                "reply-" + order.channel().toLowerCase(Locale.ROOT) + "-" + order.externalRef(), reply);
    }

    /** The reason a partner's customer reads, in Vietnamese: the problem, and what was wrong with which field. */
    private String reason(ProblemException problem) {
        String text = messages.get(Languages.VIETNAMESE, problem.key(), problem.args());
        if (!problem.errors().isEmpty()) {
            text = messages.get(Languages.VIETNAMESE, problem.errors().get(0).message(), problem.args());
        }
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }

    private static ProblemException problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
        }
        return null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
