package vn.chophien.dashboard.sales;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one transaction's parcel changes add to the summaries, gathered while it runs and written just before it
 * commits: each summary row once, in key order, so two transactions lock shared rows in the same order and hold them
 * only for the commit.
 */
final class PendingSales {

    /** A sales_week row: province, Monday, channel, seller's commune. */
    record WeekKey(String province, LocalDate week, String channel, String commune) implements Comparable<WeekKey> {
        @Override
        public int compareTo(WeekKey o) {
            int c = province.compareTo(o.province);
            c = c != 0 ? c : week.compareTo(o.week);
            c = c != 0 ? c : channel.compareTo(o.channel);
            return c != 0 ? c : commune.compareTo(o.commune);
        }
    }

    /** A sales_product_block row. */
    record BlockKey(String province, int level, int block, long productId) implements Comparable<BlockKey> {
        @Override
        public int compareTo(BlockKey o) {
            int c = province.compareTo(o.province);
            c = c != 0 ? c : Integer.compare(level, o.level);
            c = c != 0 ? c : Integer.compare(block, o.block);
            return c != 0 ? c : Long.compare(productId, o.productId);
        }
    }

    /** Columns of sales_week after its key, in this order. */
    static final String[] WEEK_COLUMNS = {"parcels", "order_lines", "grams", "revenue_vnd", "delivered_parcels",
            "delivered_grams", "delivered_vnd", "cancelled_parcels", "returned_parcels"};
    /** Columns of sales_product_block after its key and seller. */
    static final String[] BLOCK_COLUMNS = {"parcels", "units", "grams", "revenue_vnd"};

    private final Map<WeekKey, long[]> weeks = new TreeMap<>();
    private final Map<BlockKey, long[]> blocks = new TreeMap<>();
    private final Map<Long, Long> sellers = new TreeMap<>();

    void addWeek(WeekKey key, long[] delta) {
        long[] sum = weeks.computeIfAbsent(key, k -> new long[WEEK_COLUMNS.length]);
        for (int i = 0; i < sum.length; i++) {
            sum[i] = Math.addExact(sum[i], delta[i]);
        }
    }

    void addProduct(String province, int weekNumber, long productId, long sellerId, long[] delta) {
        sellers.put(productId, sellerId);
        for (int level = 0; level < Weeks.LEVELS; level++) {
            long[] sum = blocks.computeIfAbsent(new BlockKey(province, level, weekNumber >> level, productId),
                    k -> new long[BLOCK_COLUMNS.length]);
            for (int i = 0; i < sum.length; i++) {
                sum[i] = Math.addExact(sum[i], delta[i]);
            }
        }
    }

    void write(Connection connection) throws SQLException {
        weeks.values().removeIf(PendingSales::zero);
        blocks.values().removeIf(PendingSales::zero);
        if (!weeks.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement(upsert("sales_week",
                    "province_code, week, channel, commune_code", 4, WEEK_COLUMNS, weeks.size()))) {
                int p = 1;
                for (Map.Entry<WeekKey, long[]> e : weeks.entrySet()) {
                    s.setString(p++, e.getKey().province());
                    s.setObject(p++, e.getKey().week());
                    s.setString(p++, e.getKey().channel());
                    s.setString(p++, e.getKey().commune());
                    for (long v : e.getValue()) {
                        s.setLong(p++, v);
                    }
                }
                s.executeUpdate();
            }
        }
        if (!blocks.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement(upsert("sales_product_block",
                    "province_code, level, block, product_id, seller_id", 5, BLOCK_COLUMNS, blocks.size()))) {
                int p = 1;
                for (Map.Entry<BlockKey, long[]> e : blocks.entrySet()) {
                    s.setString(p++, e.getKey().province());
                    s.setInt(p++, e.getKey().level());
                    s.setInt(p++, e.getKey().block());
                    s.setLong(p++, e.getKey().productId());
                    s.setLong(p++, sellers.get(e.getKey().productId()));
                    for (long v : e.getValue()) {
                        s.setLong(p++, v);
                    }
                }
                s.executeUpdate();
            }
        }
    }

    /** One multi-row INSERT … ON DUPLICATE KEY UPDATE adding every figure to what the row holds. */
    private static String upsert(String table, String keys, int keyCount, String[] columns, int rows) {
        String row = "(" + String.join(", ", java.util.Collections.nCopies(keyCount + columns.length, "?")) + ")";
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(keys);
        for (String c : columns) {
            sql.append(", ").append(c);
        }
        sql.append(") VALUES ").append(String.join(", ", java.util.Collections.nCopies(rows, row)));
        sql.append(" ON DUPLICATE KEY UPDATE ");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns[i]).append(" = ").append(columns[i]).append(" + VALUES(")
                    .append(columns[i]).append(")");
        }
        return sql.toString();
    }

    private static boolean zero(long[] values) {
        return Arrays.stream(values).allMatch(v -> v == 0);
    }
}
