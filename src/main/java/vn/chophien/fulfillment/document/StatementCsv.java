package vn.chophien.fulfillment.document;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.chophien.fulfillment.remittance.Remittance;

/**
 * A statement as CSV (RFC 4180, UTF-8 with a byte order mark so spreadsheet programs read the Vietnamese names): one
 * row per seller, amounts in whole đồng, then a TOTAL row.
 */
public final class StatementCsv {

    static final String[] HEADER = {"statement", "seller_id", "seller_name", "parcels", "cod_collected_vnd",
            "shipping_retained_vnd", "service_fee_vnd", "weight_adjustment_vnd", "net_vnd"};

    private StatementCsv() {
    }

    public static String render(Remittance.StatementView s) {
        StringWriter out = new StringWriter();
        out.write('\ufeff');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (Remittance.SellerLine line : s.lines()) {
                row(csv, s.number(), Long.toString(line.sellerId()), line.sellerName(), line.sums());
            }
            row(csv, s.number(), "", "TOTAL", s.totals());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter csv, String number, String id, String name, Remittance.Sums s)
            throws IOException {
        csv.printRecord(number, id, name, s.parcels(), s.codCollectedVnd(), s.shippingRetainedVnd(), s.serviceFeeVnd(),
                s.weightAdjustmentVnd(), s.netVnd());
    }
}
