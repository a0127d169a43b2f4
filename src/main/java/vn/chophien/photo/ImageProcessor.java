package vn.chophien.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.concurrent.Semaphore;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import net.coobird.thumbnailator.Thumbnails;
import vn.chophien.web.ProblemException;

/**
 * Checks an uploaded image by its content and re-encodes it: JPEG, PNG or WebP in; upright JPEGs out, in a display
 * size and a thumbnail, with no metadata (a phone's GPS position of the farm stays private). Huge images are refused
 * before they are decoded, and decoding is subsampled and rationed, so an upload cannot exhaust memory.
 */
@ApplicationScoped
public class ImageProcessor {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    private static final int DISPLAY = 1600;
    private static final int THUMBNAIL = 400;
    private static final double QUALITY = 0.82;

    /** Decoding takes memory in proportion to pixels: two at a time on this service's heap. */
    private final Semaphore decoding = new Semaphore(2, true);

    /** An image ready to store: the display JPEG with its size, and the thumbnail JPEG. */
    public record Processed(byte[] display, int width, int height, byte[] thumbnail) {
    }

    ImageProcessor() {
        // Register TwelveMonkeys' readers (WebP, better JPEG) with the class loader that has them.
        ImageIO.scanForPlugins();
    }

    public Processed process(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new ProblemException(413, "photo-too-large", MAX_BYTES / 1024 / 1024);
        }
        String format = ImageFormats.sniff(upload).orElseThrow(() -> new ProblemException(415, "photo-not-an-image"));
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(503, "busy");
        }
        try {
            BufferedImage image = decode(upload, format);
            if ("jpeg".equals(format)) {
                image = ExifOrientation.upright(image, ExifOrientation.of(upload));
            }
            BufferedImage display = scaled(image, DISPLAY);
            return new Processed(jpeg(display), display.getWidth(), display.getHeight(),
                    jpeg(scaled(display, THUMBNAIL)));
        } finally {
            decoding.release();
        }
    }

    private static BufferedImage decode(byte[] bytes, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new IllegalStateException("No image reader for " + format);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new ProblemException(413, "photo-too-many-pixels", MAX_PIXELS / 1_000_000);
                }
                // Decode no more pixels than the display size needs (whole steps of subsampling).
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                int step = Math.max(1, longest / (2 * DISPLAY));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return flatten(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(415, "photo-unreadable");
        }
    }

    /** An RGB copy on white: JPEG has no transparency, and a PNG logo should not turn black. */
    private static BufferedImage flatten(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static BufferedImage scaled(BufferedImage image, int longest) {
        double factor = Math.min(1.0, (double) longest / Math.max(image.getWidth(), image.getHeight()));
        if (factor >= 1.0) {
            return image;
        }
        try {
            return Thumbnails.of(image).scale(factor).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thumbnails.of(image).scale(1.0).outputFormat("jpg").outputQuality(QUALITY).toOutputStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
