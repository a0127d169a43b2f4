package vn.chophien.dashboard.sales;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import vn.chophien.order.ParcelStatusChanged;
import vn.chophien.order.SellerOrderStatus;
import vn.chophien.place.Commune;
import vn.chophien.place.PlaceService;

/**
 * Keeps the sales summaries current: every parcel placed or moved adds what it changes (a cancellation takes its
 * figures out again, a delivery counts them as delivered too) in the transaction of the change, written when that
 * transaction commits.
 */
@ApplicationScoped
public class SalesLedger {

    private static final Object PENDING = SalesLedger.class.getName() + ".pending";

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;
    private final PlaceService places;

    SalesLedger(TransactionSynchronizationRegistry transactions, DataSource dataSource, PlaceService places) {
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.places = places;
    }

    void onParcel(@Observes ParcelStatusChanged change) {
        long[] week = minus(weekFigures(change, change.to()), weekFigures(change, change.from()));
        int live = (live(change.to()) ? 1 : 0) - (live(change.from()) ? 1 : 0);
        if (java.util.Arrays.stream(week).allMatch(v -> v == 0)) {
            return; // confirmed, made ready, picked up, in transit: nothing a summary counts has changed
        }
        String province = places.commune(change.fromCommuneCode()).map(Commune::provinceCode)
                .orElseThrow(() -> new IllegalStateException("unknown commune " + change.fromCommuneCode()));
        if (transactions.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
            return; // nothing of this transaction will be kept
        }
        PendingSales pending = pending();
        var monday = Weeks.mondayOf(change.placedAt());
        pending.addWeek(new PendingSales.WeekKey(province, monday, change.channel(), change.fromCommuneCode()), week);
        if (live != 0) {
            Map<Long, long[]> products = new HashMap<>();
            for (ParcelStatusChanged.Line line : change.lines()) {
                long[] p = products.computeIfAbsent(line.productId(), id -> new long[]{live, 0, 0, 0});
                p[1] += live * (long) line.quantity();
                p[2] = Math.addExact(p[2], live * line.grams());
                p[3] = Math.addExact(p[3], live * line.revenueVnd());
            }
            int number = Weeks.number(monday);
            products.forEach(
                    (product, delta) -> pending.addProduct(province, number, product, change.sellerId(), delta));
        }
    }

    /** This transaction's pending figures, written by a synchronization registered on first use. */
    private PendingSales pending() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("a parcel changed outside a transaction");
        }
        PendingSales pending = (PendingSales) transactions.getResource(PENDING);
        if (pending == null) {
            PendingSales created = new PendingSales();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // the connection of this transaction: the rows commit with the order's
                    try (Connection connection = dataSource.getConnection()) {
                        created.write(connection);
                    } catch (SQLException e) {
                        throw new IllegalStateException("sales summaries not written", e);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = created;
        }
        return pending;
    }

    private static boolean live(SellerOrderStatus status) {
        return status != null && status != SellerOrderStatus.CANCELLED && status != SellerOrderStatus.RETURNED;
    }

    /** What a parcel in this status adds to its sales_week row, in {@link PendingSales#WEEK_COLUMNS} order. */
    private static long[] weekFigures(ParcelStatusChanged change, SellerOrderStatus status) {
        long[] f = new long[PendingSales.WEEK_COLUMNS.length];
        if (status == SellerOrderStatus.CANCELLED) {
            f[7] = 1;
        } else if (status == SellerOrderStatus.RETURNED) {
            f[8] = 1;
        } else if (status != null) {
            long grams = 0;
            long vnd = 0;
            for (ParcelStatusChanged.Line line : change.lines()) {
                grams = Math.addExact(grams, line.grams());
                vnd = Math.addExact(vnd, line.revenueVnd());
            }
            f[0] = 1;
            f[1] = change.lines().size();
            f[2] = grams;
            f[3] = vnd;
            if (status == SellerOrderStatus.DELIVERED) {
                f[4] = 1;
                f[5] = grams;
                f[6] = vnd;
            }
        }
        return f;
    }

    private static long[] minus(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = Math.subtractExact(a[i], b[i]);
        }
        return d;
    }
}
