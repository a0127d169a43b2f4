package vn.chophien.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import javax.imageio.ImageIO;

/** Files as phones and people upload them: camera JPEGs with Exif, PNGs, WebP, and things that only look like images. */
public final class TestImages {

    /** A 1×1 lossless WebP (Google's feature-detection sample): no WebP encoder ships with Java. */
    private static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    /** The text of the comment a phone app left in the JPEG, and which must not survive re-encoding. */
    public static final String COMMENT = "Vuon cam nha ong Pao, GPS 22.49N 104.87E";

    private TestImages() {
    }

    /** A plain JPEG of one colour. */
    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, false), "jpg");
    }

    /**
     * A JPEG as a phone camera writes it: the sensor's pixels as they came (a red corner at the top left), an Exif
     * block saying how to turn them ({@code orientation}) and where the farm is (GPS), and a comment segment.
     */
    public static byte[] cameraJpeg(int width, int height, int orientation) {
        byte[] plain = jpeg(picture(width, height, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xff);
        out.write(0xd8);
        segment(out, 0xe1, exif(orientation));
        segment(out, 0xfe, COMMENT.getBytes(StandardCharsets.US_ASCII));
        // The encoder's own segments follow, without its JFIF header (cameras write Exif instead).
        int i = 2;
        if ((plain[2] & 0xff) == 0xff && (plain[3] & 0xff) == 0xe0) {
            i = 4 + (((plain[4] & 0xff) << 8) | (plain[5] & 0xff));
        }
        out.write(plain, i, plain.length - i);
        return out.toByteArray();
    }

    /** A PNG with a transparent half, as screenshots and logos come. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2f, 0x6b, 0x3a));
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        return encode(image, "png");
    }

    public static byte[] gif(int width, int height) {
        return encode(picture(width, height, false), "gif");
    }

    public static byte[] webp() {
        return Base64.getDecoder().decode(WEBP_1X1);
    }

    /**
     * A decompression bomb: a valid PNG of a few hundred bytes whose header claims {@code width × height} pixels of
     * one colour, which would take gigabytes once decoded.
     */
    public static byte[] pngClaiming(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(ihdr);
            header.writeInt(width);
            header.writeInt(height);
            header.write(new byte[]{8, 2, 0, 0, 0}); // 8-bit RGB, deflate, no filter, no interlace
            chunk(out, "IHDR", ihdr.toByteArray());
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
            deflater.setInput(new byte[64 * 1024]); // the first rows of black; the rest is simply missing
            deflater.finish();
            byte[] compressed = new byte[4096];
            int length = deflater.deflate(compressed);
            chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
            chunk(out, "IEND", new byte[0]);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest PDF a scanner app could produce: one empty page. */
    public static byte[] pdf() {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    /** The markers of a JPEG's segments before the image data (0xE0 for APP0, 0xE1 for APP1 …, 0xFE for COM). */
    public static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xff) {
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xda) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return markers;
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Orange, with a red block in the top-left corner to tell which way up the pixels are. */
    private static BufferedImage picture(int width, int height, boolean marked) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE5, 0x8A, 0x12));
        g.fillRect(0, 0, width, height);
        if (marked) {
            g.setColor(Color.RED);
            g.fillRect(0, 0, width / 4, height / 4);
        }
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An Exif APP1 body: big-endian TIFF with IFD0 (Make, Orientation, a GPS pointer) and a GPS IFD near Bắc Quang. */
    private static byte[] exif(int orientation) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream tiff = new DataOutputStream(bytes);
            tiff.writeBytes("MM");
            tiff.writeShort(42);
            tiff.writeInt(8); // IFD0 right after the header
            int ifd0Entries = 3;
            int gpsIfd = 8 + 2 + ifd0Entries * 12 + 4;
            int gpsEntries = 4;
            int gpsData = gpsIfd + 2 + gpsEntries * 12 + 4;
            int makeData = gpsData + 48;
            tiff.writeShort(ifd0Entries);
            entry(tiff, 0x010f, 2, 7, makeData); // Make, ASCII, "Xiaomi\0"
            entry(tiff, 0x0112, 3, 1, orientation << 16); // Orientation, SHORT, left-justified in the value
            entry(tiff, 0x8825, 4, 1, gpsIfd); // GPSInfo IFD pointer
            tiff.writeInt(0);
            tiff.writeShort(gpsEntries);
            entry(tiff, 0x0001, 2, 2, 'N' << 24); // GPSLatitudeRef
            entry(tiff, 0x0002, 5, 3, gpsData); // GPSLatitude, three RATIONALs
            entry(tiff, 0x0003, 2, 2, 'E' << 24); // GPSLongitudeRef
            entry(tiff, 0x0004, 5, 3, gpsData + 24); // GPSLongitude
            tiff.writeInt(0);
            for (int[] r : new int[][]{{22, 1}, {29, 1}, {2400, 100}, {104, 1}, {52, 1}, {1200, 100}}) {
                tiff.writeInt(r[0]);
                tiff.writeInt(r[1]);
            }
            tiff.writeBytes("Xiaomi\0");
            ByteArrayOutputStream app1 = new ByteArrayOutputStream();
            app1.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
            app1.write(bytes.toByteArray());
            return app1.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(DataOutputStream tiff, int tag, int type, int count, int value) throws IOException {
        tiff.writeShort(tag);
        tiff.writeShort(type);
        tiff.writeInt(count);
        tiff.writeInt(value);
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] body) {
        out.write(0xff);
        out.write(marker);
        out.write((body.length + 2) >> 8);
        out.write((body.length + 2) & 0xff);
        out.write(body, 0, body.length);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream chunk = new DataOutputStream(out);
        chunk.writeInt(data.length);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        chunk.write(name);
        chunk.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.writeInt((int) crc.getValue());
    }
}
