package vn.chophien.campaign;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The picture Zalo and Facebook show when a campaign's page is shared: 1200×630 PNG with the campaign's name, its
 * progress bar and the tonnes sold of the target, drawn on the server (headless AWT, Be Vietnam Pro for the Vietnamese
 * letters). One picture per campaign is kept and drawn again only when its figures change.
 */
@ApplicationScoped
public class ShareImage {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final Color ORANGE = new Color(0xF0, 0x9A, 0x1A);
    private static final Color GREEN = new Color(0x2F, 0x6B, 0x2C);
    private static final Color CREAM = new Color(0xFF, 0xF8, 0xEC);

    /** A drawn picture and the tag naming its figures (the HTTP ETag). */
    public record Png(String etag, byte[] bytes) {
    }

    private final Font regular = font("fonts/BeVietnamPro_400Regular.ttf");
    private final Font bold = font("fonts/BeVietnamPro_700Bold.ttf");
    private final Map<Long, Png> drawn = new ConcurrentHashMap<>();
    /** The service's address as people read it: "chophien.vn". */
    private final String site;

    ShareImage(@ConfigProperty(name = "chophien.public-url") String publicUrl) {
        this.site = publicUrl.replaceFirst("^https?://", "").replaceAll("/+$", "");
    }

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** The campaign's picture, drawn again only when what it shows changed. */
    public Png of(CampaignViews.CampaignView c) {
        String etag = tag(c.name() + "|" + c.provinceName() + "|" + c.soldKg() + "|" + c.targetKg() + "|"
                + c.households() + "|" + c.communes() + "|" + c.status());
        Png cached = drawn.get(c.id());
        if (cached != null && cached.etag().equals(etag)) {
            return cached;
        }
        Png png = new Png(etag, draw(c));
        drawn.put(c.id(), png);
        return png;
    }

    private byte[] draw(CampaignViews.CampaignView c) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(CREAM);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ORANGE);
            g.fillRect(0, 0, WIDTH, 18);
            g.setColor(GREEN);
            g.setFont(regular.deriveFont(34f));
            g.drawString(nfc("Chợ Phiên · " + c.provinceName()), 80, 110);
            g.setColor(Color.DARK_GRAY.darker());
            g.setFont(fit(g, bold, nfc(c.name()), 76f, WIDTH - 160));
            g.drawString(nfc(c.name()), 80, 220);

            int barX = 80;
            int barY = 300;
            int barW = WIDTH - 160;
            int barH = 64;
            g.setColor(new Color(0xEA, 0xDD, 0xC8));
            g.fill(new RoundRectangle2D.Float(barX, barY, barW, barH, barH, barH));
            int filled = (int) Math.round(barW * c.percent() / 100.0);
            if (filled > 0) {
                g.setColor(ORANGE);
                g.fill(new RoundRectangle2D.Float(barX, barY, Math.max(filled, barH), barH, barH, barH));
            }
            g.setColor(GREEN);
            g.setStroke(new BasicStroke(3f));
            g.draw(new RoundRectangle2D.Float(barX, barY, barW, barH, barH, barH));

            g.setColor(Color.DARK_GRAY.darker());
            g.setFont(bold.deriveFont(58f));
            g.drawString(nfc(tonnesText(c.soldTonnes()) + " / " + tonnesText(c.targetTonnes()) + " tấn"), 80, 450);
            g.setFont(regular.deriveFont(36f));
            g.setColor(GREEN);
            g.drawString(nfc(c.percent() + "% mục tiêu · " + c.households() + " hộ · " + c.communes() + " xã"), 80,
                    520);
            g.setFont(regular.deriveFont(30f));
            g.setColor(Color.GRAY);
            g.drawString(nfc("Mua tại " + site + "/mua/" + c.slug()), 80, 585);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Tonnes as Vietnamese write them: "12,5", "3.000". */
    public static String tonnesText(double t) {
        String text = t == Math.rint(t)
                ? String.format(Locale.ROOT, "%,d", (long) t).replace(',', '.')
                : String.format(Locale.ROOT, "%.1f", t).replace('.', ',');
        return text;
    }

    /** The largest size up to {@code size} at which the text fits the width. */
    private static Font fit(Graphics2D g, Font font, String text, float size, int width) {
        Font sized = font.deriveFont(size);
        FontMetrics metrics = g.getFontMetrics(sized);
        while (metrics.stringWidth(text) > width && size > 28f) {
            size -= 4f;
            sized = font.deriveFont(size);
            metrics = g.getFontMetrics(sized);
        }
        return sized;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String tag(String figures) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(figures.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Font font(String resource) {
        try (InputStream in = ShareImage.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Unreadable font " + resource, e);
        }
    }
}
