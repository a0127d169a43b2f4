package vn.chophien.fulfillment.document;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.chophien.fulfillment.PostalMsg;
import vn.chophien.fulfillment.parcel.ParcelViews;
import vn.chophien.web.Formats;
import vn.chophien.web.Languages;

/**
 * A day's pickup round as one PDF for the label printer: first the stops in order (commune by commune, each seller
 * with address, phone and the parcels to collect, a box to tick), then the label of every parcel that has one.
 */
@ApplicationScoped
public class RoundPdf {

    private static final float M = 14;
    private static final float BOTTOM = 24;

    private final PdfFonts fonts;
    private final LabelPdf labels;
    private final PostalMsg msg;

    RoundPdf(PdfFonts fonts, LabelPdf labels, PostalMsg msg) {
        this.fonts = fonts;
        this.labels = labels;
        this.msg = msg;
    }

    public byte[] render(String title, List<ParcelViews.CommuneStops> communes, List<Label> withLabels) {
        try (PdfCanvas c = new PdfCanvas(fonts)) {
            float width = LabelPdf.A6.getWidth() - 2 * M;
            c.newPage(LabelPdf.A6);
            float y = c.wrap(M, LabelPdf.A6.getHeight() - 24, width, 11, true, title);
            if (communes.isEmpty()) {
                c.text(M, y - 6, 9, false, msg.queue_empty());
            }
            for (ParcelViews.CommuneStops commune : communes) {
                y = room(c, y, 40);
                y = c.wrap(M, y - 6, width, 10, true,
                        msg.round_commune(commune.communeName(), commune.provinceName(), commune.waiting()));
                for (ParcelViews.Stop stop : commune.stops()) {
                    y = room(c, y, 50);
                    y = c.wrap(M + 4, y - 2, width - 4, 9, true, stop.seller().name());
                    String phone = stop.seller().phone() == null ? "" : stop.seller().phone() + " · ";
                    y = c.wrap(M + 4, y, width - 4, 8, false, phone + stop.seller().address());
                    for (ParcelViews.ParcelView p : stop.parcels()) {
                        y = room(c, y, 14);
                        String cash = p.codDueVnd() > 0
                                ? msg.label_collect() + " " + Formats.vnd(p.codDueVnd(), Languages.VIETNAMESE)
                                : msg.label_paid();
                        String weight = LabelPdf
                                .weight(p.weighedGrams() != null ? (long) p.weighedGrams() : p.declaredGrams());
                        y = c.wrap(M + 8, y, width - 8, 8, false, "[  ] " + p.code() + " · " + weight + " · " + cash
                                + (p.trackingCode() == null ? "" : " · " + p.trackingCode()));
                    }
                }
            }
            for (Label label : withLabels) {
                labels.draw(c, label);
            }
            return c.save();
        }
    }

    /** A new page when fewer than {@code needed} points are left on this one. */
    private static float room(PdfCanvas c, float y, float needed) {
        if (y - needed > BOTTOM) {
            return y;
        }
        c.newPage(LabelPdf.A6);
        return LabelPdf.A6.getHeight() - 24;
    }
}
