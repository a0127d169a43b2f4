package vn.chophien.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.ImageIO;

/** Pictures drawn for the demo catalogue (no photographs to license): a still life in each product's colours. */
final class DemoPictures {

    private DemoPictures() {
    }

    static byte[] of(Color fruit, Color leaf, long seed) {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xFB, 0xF8, 0xF1), 0, 900, new Color(0xE9, 0xE1, 0xCF)));
        g.fillRect(0, 0, 1200, 900);
        Random random = new Random(seed);
        for (int i = 0; i < 9; i++) {
            int size = 180 + random.nextInt(140);
            int x = 80 + random.nextInt(900);
            int y = 180 + random.nextInt(520);
            g.setColor(leaf);
            g.fillOval(x + size / 3, y - size / 5, size / 2, size / 4);
            g.setColor(fruit.darker());
            g.fillOval(x + 6, y + 6, size, size);
            g.setColor(fruit);
            g.fillOval(x, y, size, size);
            g.setColor(new Color(255, 255, 255, 70));
            g.fillOval(x + size / 5, y + size / 6, size / 4, size / 5);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
