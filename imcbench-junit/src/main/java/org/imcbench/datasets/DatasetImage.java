package org.imcbench.datasets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.imcbench.cases.Hashes;
import org.imcbench.cases.MediaTypes;

/**
 * An image file of the dataset as a case refers to it: its path relative to the dataset root (the
 * case's {@code uri}, found below {@code imcbench.images.root}), its SHA-256 and media type from its
 * bytes, and its size in pixels from its header.
 *
 * @param relativePath the path below the dataset root, with {@code /} separators
 * @param sha256 lower-case hex SHA-256 of the file
 * @param mediaType the media type told from the first bytes
 * @param width width in pixels
 * @param height height in pixels
 */
public record DatasetImage(String relativePath, String sha256, String mediaType, int width, int height) {
    /** Checks the components. */
    public DatasetImage {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /**
     * Reads an image file.
     *
     * @param root the dataset root
     * @param file the file, below the root
     * @return what a case needs of it
     * @throws IOException if it cannot be read or is not a JPEG, PNG, GIF or WebP image
     */
    public static DatasetImage read(Path root, Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String mediaType = MediaTypes.sniff(bytes).orElseThrow(() -> new IOException(file
                + ": not a JPEG, PNG, GIF or WebP image"));
        int[] size = size(file);
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return new DatasetImage(relative, Hashes.sha256(bytes), mediaType, size[0], size[1]);
    }

    private static int[] size(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(file + ": no image reader for this file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
