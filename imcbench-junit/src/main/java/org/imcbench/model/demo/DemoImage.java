package org.imcbench.model.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * What the demo's careful clinician can tell about an image it is sent without reading it: its size and
 * whether it is greyscale (a radiograph, a single-channel crop), so that it can say when a picture cannot
 * answer the question (too small to assess, or not the photograph the patient describes).
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param greyscale whether every sampled pixel has equal red, green and blue
 */
public record DemoImage(int width, int height, boolean greyscale) {
    /** An image whose content the demo could not decode: treated as an ordinary photograph. */
    public static final DemoImage UNREAD = new DemoImage(Integer.MAX_VALUE, Integer.MAX_VALUE, false);

    /** The longest side below which a picture is too small to assess. */
    static final int TOO_SMALL = 128;

    /** Whether the picture is too small to assess. */
    boolean tooSmall() {
        return Math.max(width, height) < TOO_SMALL;
    }

    /** The image of a {@code data:} URL, or {@link #UNREAD} when it is not one ImageIO can decode. */
    static DemoImage ofDataUrl(String url) {
        int comma = url.indexOf(',');
        if (!url.startsWith("data:") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
            return UNREAD;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                    .decode(url.substring(comma + 1))));
            return image == null ? UNREAD : new DemoImage(image.getWidth(), image.getHeight(), greyscale(image));
        } catch (IOException | IllegalArgumentException e) {
            return UNREAD;
        }
    }

    /** Whether the pixels on a grid of at most 32 × 32 have equal red, green and blue. */
    private static boolean greyscale(BufferedImage image) {
        int stepX = Math.max(1, image.getWidth() / 32);
        int stepY = Math.max(1, image.getHeight() / 32);
        for (int y = 0; y < image.getHeight(); y += stepY) {
            for (int x = 0; x < image.getWidth(); x += stepX) {
                int rgb = image.getRGB(x, y);
                int red = (rgb >> 16) & 0xff;
                int green = (rgb >> 8) & 0xff;
                int blue = rgb & 0xff;
                if (Math.abs(red - green) > 2 || Math.abs(green - blue) > 2) {
                    return false;
                }
            }
        }
        return true;
    }
}
