package vn.chophien.dashboard.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.quarkus.qute.RawString;

/**
 * Charts drawn on the server as SVG, for phones and screen readers alike: each is an image (role="img") named by its
 * title and described by a desc that reads out every value, with the values also written beside the bars. Colours
 * are presentation attributes, so the page's Content-Security-Policy need not allow inline styles.
 */
final class SvgCharts {

    private static final AtomicLong IDS = new AtomicLong();
    private static final String BAR = "#2f6f4f";
    private static final String TRACK = "#e4ebe6";
    private static final String INK = "#1d2b24";

    /** A bar: what it is, how much, and that amount as people read it. */
    record Bar(String label, long value, String text) {
    }

    private SvgCharts() {
    }

    /** Horizontal bars, one line each, the label above its bar and the value at its end. */
    static RawString bars(String title, String intro, List<Bar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        int row = 34;
        int height = Math.max(row, bars.size() * row);
        StringBuilder svg = open(title, describe(intro, bars), 320, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = i * row;
            double width = 200.0 * Math.max(0, b.value()) / max;
            svg.append("<text x=\"0\" y=\"").append(y + 12).append("\" font-size=\"11\" fill=\"").append(INK)
                    .append("\">").append(escape(b.label())).append("</text>");
            svg.append("<rect x=\"0\" y=\"").append(y + 16).append("\" width=\"200\" height=\"12\" rx=\"2\" fill=\"")
                    .append(TRACK).append("\"/>");
            svg.append("<rect x=\"0\" y=\"").append(y + 16).append("\" width=\"").append(num(width))
                    .append("\" height=\"12\" rx=\"2\" fill=\"").append(BAR).append("\"/>");
            svg.append("<text x=\"206\" y=\"").append(y + 26).append("\" font-size=\"11\" fill=\"").append(INK)
                    .append("\">").append(escape(b.text())).append("</text>");
        }
        return close(svg);
    }

    /** Columns side by side (weeks), the first and last labelled below, each valued in the description. */
    static RawString columns(String title, String intro, List<Bar> columns) {
        long max = Math.max(1, columns.stream().mapToLong(Bar::value).max().orElse(1));
        int width = 320;
        int plot = 120;
        StringBuilder svg = open(title, describe(intro, columns), width, plot + 20);
        double step = columns.isEmpty() ? width : (double) width / columns.size();
        for (int i = 0; i < columns.size(); i++) {
            Bar c = columns.get(i);
            double h = plot * (double) Math.max(0, c.value()) / max;
            svg.append("<rect x=\"").append(num(i * step + step * 0.1)).append("\" y=\"").append(num(plot - h))
                    .append("\" width=\"").append(num(step * 0.8)).append("\" height=\"").append(num(h))
                    .append("\" fill=\"").append(BAR).append("\"/>");
        }
        if (!columns.isEmpty()) {
            svg.append("<text x=\"0\" y=\"").append(plot + 14).append("\" font-size=\"10\" fill=\"").append(INK)
                    .append("\">").append(escape(columns.get(0).label())).append("</text>");
            svg.append("<text x=\"").append(width).append("\" y=\"").append(plot + 14)
                    .append("\" font-size=\"10\" text-anchor=\"end\" fill=\"").append(INK).append("\">")
                    .append(escape(columns.get(columns.size() - 1).label())).append("</text>");
        }
        return close(svg);
    }

    /** A progress bar: value against target, with the words that say so. */
    static RawString progress(String title, long value, long target, String text) {
        StringBuilder svg = open(title, title + ": " + text, 320, 30);
        double width = target <= 0 ? 0 : 320.0 * Math.min(value, target) / target;
        svg.append("<rect x=\"0\" y=\"0\" width=\"320\" height=\"12\" rx=\"3\" fill=\"").append(TRACK).append("\"/>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(num(width)).append("\" height=\"12\" rx=\"3\" fill=\"")
                .append(BAR).append("\"/>");
        svg.append("<text x=\"0\" y=\"26\" font-size=\"11\" fill=\"").append(INK).append("\">").append(escape(text))
                .append("</text>");
        return close(svg);
    }

    private static String describe(String intro, List<Bar> bars) {
        StringBuilder desc = new StringBuilder(intro);
        for (Bar b : bars) {
            desc.append(' ').append(b.label()).append(": ").append(b.text()).append(';');
        }
        return desc.toString();
    }

    private static StringBuilder open(String title, String desc, int width, int height) {
        long id = IDS.incrementAndGet();
        return new StringBuilder().append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"chart-t").append(id)
                .append(" chart-d").append(id).append("\"><title id=\"chart-t").append(id).append("\">")
                .append(escape(title)).append("</title><desc id=\"chart-d").append(id).append("\">")
                .append(escape(desc)).append("</desc>");
    }

    private static RawString close(StringBuilder svg) {
        return new RawString(svg.append("</svg>").toString());
    }

    private static String num(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
