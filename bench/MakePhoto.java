import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Writes a JPEG the size a phone camera makes, with detail like a photo of fruit on a tree (gradients and noise, so it
 * compresses like a real picture, not like a flat colour): {@code java bench/MakePhoto.java out.jpg 4000 3000}.
 */
public class MakePhoto {

    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]);
        int height = Integer.parseInt(args[2]);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 110, 40), width, height, new Color(230, 170, 30)));
        g.fillRect(0, 0, width, height);
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            g.setColor(new Color(200 + random.nextInt(55), 120 + random.nextInt(80), random.nextInt(40)));
            int r = width / 40 + random.nextInt(width / 20);
            g.fillOval(random.nextInt(width), random.nextInt(height), r, r);
        }
        g.dispose();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(21) - 10;
                int rgb = image.getRGB(x, y);
                int red = clamp(((rgb >> 16) & 0xff) + noise);
                int green = clamp(((rgb >> 8) & 0xff) + noise);
                int blue = clamp((rgb & 0xff) + noise);
                image.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        ImageIO.write(image, "jpg", new File(args[0]));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
