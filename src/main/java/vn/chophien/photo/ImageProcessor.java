package vn.chophien.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import net.coobird.thumbnailator.Thumbnails;
import vn.chophien.web.ProblemException;

/**
 * Checks an uploaded image by its content and re-encodes it: JPEG, PNG or WebP in; upright JPEGs out, in a display
 * size and a thumbnail, with no metadata (a phone's GPS position of the farm stays private). An upload cannot exhaust
 * memory: the size is read from the header first and huge images are refused; decoding goes straight to about the
 * display size (subsampled so that the decoded raster stays within a small budget, whatever the source's size or
 * depth: a 6,000 px 16-bit PNG is never held at full size); and only {@code chophien.photos.decoders} images are
 * decoded at once: when all are busy the upload is refused at once with 503 and {@code Retry-After}, rather than
 * waiting. Callers do this work outside any transaction, so no database connection waits with it.
 */
@ApplicationScoped
public class ImageProcessor {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final long MAX_PIXELS = 40_000_000L;
    private static final int DISPLAY = 1600;
    /** A 360–412 px wide phone at a device pixel ratio near 2 fills its screen with this, at a third of the bytes. */
    public static final int MEDIUM = 800;
    private static final int THUMBNAIL = 400;
    private static final double QUALITY = 0.82;
    /** The most bytes a decoded raster may take; the subsampling step grows until it fits. */
    static final long DECODE_BUDGET = 32L * 1024 * 1024;
    /** What a refused upload is told to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final Semaphore decoding;

    /** An image ready to store: the display JPEG with its size, the medium and the thumbnail JPEGs. */
    public record Processed(byte[] display, int width, int height, byte[] medium, byte[] thumbnail) {
    }

    ImageProcessor(@ConfigProperty(name = "chophien.photos.decoders", defaultValue = "2") int decoders) {
        this.decoding = new Semaphore(decoders);
        // Register TwelveMonkeys' readers (WebP, better JPEG) with the class loader that has them.
        ImageIO.scanForPlugins();
    }

    /** Processes an uploaded file; it is read into memory only once a decoder is free for it. */
    public Processed process(Path upload) {
        return withDecoder(() -> {
            try {
                return processHeld(Files.readAllBytes(upload));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Processed process(byte[] upload) {
        return withDecoder(() -> processHeld(upload));
    }

    private <T> T withDecoder(Supplier<T> work) {
        if (!decoding.tryAcquire()) {
            throw new ProblemException(503, "photo-busy", RETRY_AFTER_SECONDS).withHeader("Retry-After",
                    String.valueOf(RETRY_AFTER_SECONDS));
        }
        try {
            return work.get();
        } finally {
            decoding.release();
        }
    }

    private Processed processHeld(byte[] upload) {
        if (upload.length > MAX_BYTES) {
            throw new ProblemException(413, "photo-too-large", MAX_BYTES / 1024 / 1024);
        }
        String format = ImageFormats.sniff(upload).orElseThrow(() -> new ProblemException(415, "photo-not-an-image"));
        BufferedImage image = decode(upload, format);
        if ("jpeg".equals(format)) {
            image = ExifOrientation.upright(image, ExifOrientation.of(upload));
        }
        BufferedImage display = scaled(image, DISPLAY);
        return new Processed(jpeg(display), display.getWidth(), display.getHeight(), jpeg(scaled(display, MEDIUM)),
                jpeg(scaled(display, THUMBNAIL)));
    }

    /** The medium size made from a stored display JPEG, for a photo stored before there were medium sizes. */
    public byte[] medium(byte[] display) {
        return withDecoder(() -> jpeg(scaled(decode(display, "jpeg"), MEDIUM)));
    }

    /** The width of a display image of this size once scaled to the medium size (its own when it is no larger). */
    public static int mediumWidth(int width, int height) {
        return scaledWidth(width, height, MEDIUM);
    }

    /** The same for the thumbnail: a portrait photo's is narrower than its 400 pixels of height. */
    public static int thumbnailWidth(int width, int height) {
        return scaledWidth(width, height, THUMBNAIL);
    }

    private static int scaledWidth(int width, int height, int longest) {
        double factor = Math.min(1.0, (double) longest / Math.max(width, height));
        return (int) Math.round(width * factor);
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
                int width = reader.getWidth(0); // from the header: nothing decoded yet
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new ProblemException(413, "photo-too-many-pixels", MAX_PIXELS / 1_000_000);
                }
                int step = step(width, height, bytesPerPixel(reader));
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

    /**
     * The subsampling step: decode at most twice the display size (the rest is scaled down smoothly), and within the
     * raster budget, so a deep or huge image is read straight to a small raster.
     */
    static int step(int width, int height, int bytesPerPixel) {
        int longest = Math.max(width, height);
        int step = 1;
        while (longest / step > 2 * DISPLAY || (long) ceil(width, step) * ceil(height, step) * bytesPerPixel
                + (long) ceil(width, step) * ceil(height, step) * 4 > DECODE_BUDGET) {
            step++;
        }
        return step;
    }

    private static int ceil(int size, int step) {
        return (size + step - 1) / step;
    }

    /** Bytes per pixel of the raster the reader will make (16-bit RGBA PNG: 8); the worst case when it cannot say. */
    private static int bytesPerPixel(ImageReader reader) {
        try {
            ImageTypeSpecifier raw = reader.getRawImageType(0);
            if (raw == null) {
                return 8;
            }
            SampleModel model = raw.getSampleModel(1, 1);
            int bits = 0;
            for (int size : model.getSampleSize()) {
                bits += size;
            }
            return Math.max(4, (bits + 7) / 8);
        } catch (IOException | RuntimeException e) {
            return 8;
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
