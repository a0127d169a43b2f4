package vn.chophien.order;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Cancels VietQR orders whose transfer did not come in time, and cash-on-delivery parcels their seller did not
 * confirm in time, so their stock goes back on sale. Runs on every copy of
 * the service: each order is cancelled in its own transaction that re-checks it, so two copies never cancel twice and
 * an order paid at the last second stays paid (its version decides).
 */
@ApplicationScoped
public class UnpaidOrders {

    private static final Logger LOG = Logger.getLogger(UnpaidOrders.class);
    private static final int BATCH = 100;

    private final OrderService orders;
    private final OrderConfig config;

    UnpaidOrders(OrderService orders, OrderConfig config) {
        this.orders = orders;
        this.config = config;
    }

    @Scheduled(every = "${chophien.orders.unpaid-check-every}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void cancelOverdue() {
        cancelOverdue(Instant.now());
    }

    /** Returns how many orders (and unconfirmed cash-on-delivery parcels) were cancelled. */
    public int cancelOverdue(Instant now) {
        return cancelUnpaid(now) + cancelUnconfirmed(now);
    }

    /** Cash-on-delivery parcels a seller left unconfirmed past {@code chophien.orders.cod-confirm-timeout}. */
    int cancelUnconfirmed(Instant now) {
        Instant before = now.minus(config.codConfirmTimeout());
        int cancelled = 0;
        for (Long id : orders.unconfirmedCodBefore(before, BATCH)) {
            try {
                if (orders.expireIfUnconfirmed(id, before, now)) {
                    cancelled++;
                }
            } catch (RuntimeException e) {
                LOG.debugf("Unconfirmed parcel %d left for the next run: %s", id, e.getMessage());
            }
        }
        if (cancelled > 0) {
            LOG.infof("Cancelled %d cash-on-delivery parcels their sellers did not confirm in time", cancelled);
        }
        return cancelled;
    }

    private int cancelUnpaid(Instant now) {
        int cancelled = 0;
        for (Long id : orders.overdueUnpaid(now, BATCH)) {
            try {
                if (orders.expireIfUnpaid(id, now)) {
                    cancelled++;
                }
            } catch (RuntimeException e) {
                // Another copy took it, or the buyer paid or cancelled meanwhile: the next run looks again.
                LOG.debugf("Unpaid order %d left for the next run: %s", id, e.getMessage());
            }
        }
        if (cancelled > 0) {
            LOG.infof("Cancelled %d unpaid VietQR orders past their time", cancelled);
        }
        return cancelled;
    }
}
