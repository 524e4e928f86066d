package org.imcbench.conversation;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.imcbench.cases.Hashes;
import org.imcbench.cases.Roi;
import org.imcbench.cases.SentImageSides;
import org.imcbench.model.ImagePart;

/**
 * Crops and downscales images with the JDK's ImageIO, for zoom-ins on a region of interest and for
 * images too large to send. JPEG, PNG and GIF can be edited; other formats are sent as they are.
 */
final class ImageEditor {
    private final int maxSide;
    private final String reason;

    /**
     * @param side the longest side, in pixels, an image may have when it is sent, and the setting behind it
     */
    ImageEditor(SentImageSides.Side side) {
        this.maxSide = side.pixels();
        this.reason = side.reason();
    }

    /** The size of an image in pixels, read from its header, if ImageIO can read the format. */
    static Optional<Size> sizeOf(ImagePart image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image.data()))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The image as it may be sent: itself when its longest side is within the bound (or its format
     * cannot be read), otherwise a downscaled copy in the same format (PNG for GIF).
     */
    Edited fitted(ImagePart image) {
        Optional<Size> size = sizeOf(image);
        if (size.isEmpty() || size.get().longestSide() <= maxSide) {
            return new Edited(image, Optional.empty());
        }
        Size from = size.get();
        double scale = (double) maxSide / from.longestSide();
        Size to = new Size(Math.max(1, (int) Math.round(from.width() * scale)),
                Math.max(1, (int) Math.round(from.height() * scale)));
        BufferedImage decoded = decode(image, Math.max(1, from.longestSide() / (2 * maxSide)));
        BufferedImage scaled = draw(decoded, 0, 0, decoded.getWidth(), decoded.getHeight(), to, image.mediaType());
        ImagePart part = encode(scaled, image.mediaType());
        return new Edited(part, Optional.of("downscaled from " + from + " to " + to + " px (" + reason
                + "), sha256 of the original " + image.sha256()));
    }

    /**
     * A crop of the region of interest, as a PNG, cut from the image as it is sent ({@code sent}, what
     * {@link #fitted} made of {@code image}): a zoom-in never shows finer detail than the model was given, so it
     * cannot bring back a difference in resolution that equal sending sides removed. Downscaled if it is still
     * too large.
     */
    Edited zoom(ImagePart image, ImagePart sent, Roi roi) {
        BufferedImage source = decode(sent, 1);
        int x0 = (int) Math.floor(roi.x0() * source.getWidth());
        int y0 = (int) Math.floor(roi.y0() * source.getHeight());
        int x1 = Math.min(source.getWidth(), Math.max(x0 + 1, (int) Math.ceil(roi.x1() * source.getWidth())));
        int y1 = Math.min(source.getHeight(), Math.max(y0 + 1, (int) Math.ceil(roi.y1() * source.getHeight())));
        Size cropped = new Size(x1 - x0, y1 - y0);
        double scale = Math.min(1.0, (double) maxSide / cropped.longestSide());
        Size to = new Size(Math.max(1, (int) Math.round(cropped.width() * scale)),
                Math.max(1, (int) Math.round(cropped.height() * scale)));
        ImagePart part = encode(draw(source, x0, y0, x1, y1, to, "image/png"), "image/png");
        return new Edited(part, Optional.of("zoom-in on ROI '" + roi.id() + "': pixels " + x0 + "," + y0 + " to " + x1
                + "," + y1 + " of image sha256 " + image.sha256() + (to.equals(cropped) ? "" : ", downscaled to " + to)));
    }

    /**
     * Decodes an image, keeping every {@code subsampling}-th pixel of each row and column: an image about to
     * be downscaled by a large factor is read at about twice its target side rather than in full (which was
     * most of the cost of preparing a large photograph), then scaled the rest of the way with bicubic
     * interpolation.
     */
    private static BufferedImage decode(ImagePart image, int subsampling) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image.data()))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IllegalArgumentException("ImageIO cannot decode " + image.mediaType() + " image "
                        + image.sha256());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (subsampling > 1) {
                    param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode image " + image.sha256(), e);
        }
    }

    private static BufferedImage draw(BufferedImage source, int x0, int y0, int x1, int y1, Size to,
            String mediaType) {
        boolean opaque = "image/jpeg".equals(mediaType) || !source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(to.width(), to.height(),
                opaque ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, to.width(), to.height(), x0, y0, x1, y1, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static ImagePart encode(BufferedImage image, String mediaType) {
        boolean jpeg = "image/jpeg".equals(mediaType);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, jpeg ? "jpg" : "png", out)) {
                throw new IllegalStateException("no ImageIO writer for " + (jpeg ? "JPEG" : "PNG"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image", e);
        }
        byte[] bytes = out.toByteArray();
        return new ImagePart(bytes, jpeg ? "image/jpeg" : "image/png", Hashes.sha256(bytes));
    }

    /** Width and height in pixels. */
    record Size(int width, int height) {
        int longestSide() {
            return Math.max(width, height);
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /**
     * An image ready to send, and what was done to it, if anything.
     *
     * @param part the image to send
     * @param note how it was derived from the case image, for the transcript
     */
    record Edited(ImagePart part, Optional<String> note) {
    }
}
