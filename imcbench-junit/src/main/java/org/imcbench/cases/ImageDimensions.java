package org.imcbench.cases;

import java.util.Optional;

/**
 * An image's width and height read from its header alone, without decoding a pixel, so that a
 * decompression bomb (a small file that decodes to billions of pixels) can be refused before
 * anything decodes it. Reads PNG ({@code IHDR}), GIF (logical screen), JPEG (the first
 * start-of-frame marker) and WebP ({@code VP8 }, {@code VP8L}, {@code VP8X}).
 *
 * @param width in pixels
 * @param height in pixels
 */
record ImageDimensions(long width, long height) {

    /** Width times height. */
    long pixels() {
        return width * height;
    }

    @Override
    public String toString() {
        return width + " × " + height + " px";
    }

    /**
     * The dimensions of an image of the given media type, if its header can be read.
     *
     * @param bytes the whole file
     * @param mediaType {@code image/png}, {@code image/gif}, {@code image/jpeg} or {@code image/webp}
     * @return empty for a header that is cut short or not understood
     */
    static Optional<ImageDimensions> read(byte[] bytes, String mediaType) {
        return switch (mediaType) {
            case "image/png" -> bytes.length >= 24 ? Optional.of(new ImageDimensions(u32be(bytes, 16), u32be(bytes, 20)))
                    : Optional.empty();
            case "image/gif" -> bytes.length >= 10 ? Optional.of(new ImageDimensions(u16le(bytes, 6), u16le(bytes, 8)))
                    : Optional.empty();
            case "image/jpeg" -> jpeg(bytes);
            case "image/webp" -> webp(bytes);
            default -> Optional.empty();
        };
    }

    private static Optional<ImageDimensions> jpeg(byte[] bytes) {
        int at = 2;
        while (at + 9 < bytes.length) {
            if ((bytes[at] & 0xff) != 0xff) {
                return Optional.empty();
            }
            int marker = bytes[at + 1] & 0xff;
            if (marker == 0xff) {
                at++;
                continue;
            }
            boolean startOfFrame = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8
                    && marker != 0xcc;
            if (startOfFrame) {
                return Optional.of(new ImageDimensions(u16be(bytes, at + 7), u16be(bytes, at + 5)));
            }
            if (marker == 0xd8 || marker == 0x01 || marker >= 0xd0 && marker <= 0xd7) {
                at += 2;
                continue;
            }
            at += 2 + u16be(bytes, at + 2);
        }
        return Optional.empty();
    }

    private static Optional<ImageDimensions> webp(byte[] bytes) {
        if (bytes.length < 30) {
            return Optional.empty();
        }
        String chunk = new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8X" -> Optional.of(new ImageDimensions(1 + u24le(bytes, 24), 1 + u24le(bytes, 27)));
            case "VP8L" -> {
                long bits = u32le(bytes, 21);
                yield Optional.of(new ImageDimensions(1 + (bits & 0x3fff), 1 + ((bits >> 14) & 0x3fff)));
            }
            case "VP8 " -> Optional.of(new ImageDimensions(u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff));
            default -> Optional.empty();
        };
    }

    private static long u32be(byte[] b, int at) {
        return (long) (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }

    private static int u16be(byte[] b, int at) {
        return (b[at] & 0xff) << 8 | b[at + 1] & 0xff;
    }

    private static int u16le(byte[] b, int at) {
        return (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
    }

    private static long u24le(byte[] b, int at) {
        return (b[at + 2] & 0xff) << 16 | (b[at + 1] & 0xff) << 8 | b[at] & 0xff;
    }

    private static long u32le(byte[] b, int at) {
        return (long) (b[at + 3] & 0xff) << 24 | u24le(b, at);
    }
}
