package vn.chophien.dashboard;

import java.util.List;

/**
 * A table of the dashboard as the page shows it and its CSV export writes it: a key to ask for it by
 * ({@code export.csv?table=communes}), a title, columns (a stable key for the CSV header, a heading for people) and
 * rows of plain values (text, whole numbers, kilograms as decimals).
 */
public record DashboardTable(String key, String title, List<Column> columns, List<List<Object>> rows) {

    public record Column(String key, String heading) {
    }
}
