package vn.chophien.fulfillment.document;

import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import vn.chophien.fulfillment.PostalMsg;
import vn.chophien.fulfillment.remittance.Remittance;
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;
import vn.chophien.web.VietnamClock;

/** A remittance statement on A4: the office, the period, one row per seller, the totals, who closed and who paid it. */
@ApplicationScoped
public class StatementPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamClock.ZONE);
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float M = 36;
    /** Right edges of the columns after the seller's name: parcels, then the five amounts. */
    private static final float[] COLUMNS = {225, 300, 368, 428, 494, 559};
    /** How wide a seller's name may be before it wraps onto another line. */
    private static final float NAME = 150;

    private final PdfFonts fonts;
    private final PostalMsg msg;

    StatementPdf(PdfFonts fonts, PostalMsg msg) {
        this.fonts = fonts;
        this.msg = msg;
    }

    public byte[] render(Remittance.StatementView s) {
        try (PdfCanvas c = new PdfCanvas(fonts)) {
            c.newPage(A4);
            float y = A4.getHeight() - M - 10;
            c.text(M, y, 16, true, msg.statement_title(s.number()));
            y -= 20;
            c.text(M, y, 10, false, s.postOfficeName());
            y -= 14;
            c.text(M, y, 9, false,
                    s.periodFrom() == null
                            ? msg.statement_period_first(TIME.format(s.periodTo()))
                            : msg.statement_period(TIME.format(s.periodFrom()), TIME.format(s.periodTo())));
            y -= 14;
            c.text(M, y, 9, false, msg.statement_closed_by(s.closedByName(), TIME.format(s.closedAt())));
            if (s.paid()) {
                y -= 14;
                c.text(M, y, 9, true, msg.statement_paid_on(TIME.format(s.paidAt()), s.transferReference()));
            }
            y -= 28;
            row(c, y, 7.5f, true, msg.col_seller(), msg.col_parcels(), msg.col_collected(), msg.col_shipping(),
                    msg.col_fee(), msg.col_adjustment(), msg.col_net());
            c.line(M, y - 5, A4.getWidth() - M, y - 5, 0.8f);
            y -= 18;
            for (Remittance.SellerLine line : s.lines()) {
                if (y < M + 40) {
                    c.newPage(A4);
                    y = A4.getHeight() - M - 10;
                }
                y = sums(c, y, false, line.sellerName(), line.sums()) - 4;
            }
            c.line(M, y + 10, A4.getWidth() - M, y + 10, 0.8f);
            sums(c, y - 4, true, msg.col_total(), s.totals());
            return c.save();
        }
    }

    private static float sums(PdfCanvas c, float y, boolean bold, String name, Remittance.Sums s) {
        return row(c, y, 8.5f, bold, name, Integer.toString(s.parcels()), vnd(s.codCollectedVnd()),
                vnd(s.shippingRetainedVnd()), vnd(s.serviceFeeVnd()), vnd(s.weightAdjustmentVnd()), vnd(s.netVnd()));
    }

    /**
     * The name, wrapped within its column (a cooperative's full name is what the sellers look for), and each value
     * right-aligned at its column's edge on the first line; returns the baseline below the row.
     */
    private static float row(PdfCanvas c, float y, float size, boolean bold, String name, String... values) {
        for (int i = 0; i < values.length; i++) {
            c.text(COLUMNS[i] - c.width(values[i], size, bold), y, size, bold, values[i]);
        }
        return c.wrap(M, y, NAME, size, bold, name);
    }

    private static String vnd(long amount) {
        return Formats.vnd(amount, Languages.VIETNAMESE).replace("\u00a0₫", "");
    }
}
