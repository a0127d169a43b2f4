package vn.chophien.dashboard.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.chophien.dashboard.DashboardTable;

/**
 * A dashboard table as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs show the Vietnamese
 * names): the columns' keys as the header, whole đồng, kilograms with a decimal point, days as 2026-12-01.
 */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static String render(DashboardTable table) {
        StringWriter out = new StringWriter();
        out.write('\ufeff');
        String[] header = table.columns().stream().map(DashboardTable.Column::key).toArray(String[]::new);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(v -> v instanceof LocalDate d ? d.toString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
