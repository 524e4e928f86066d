package org.imcbench.cases;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * Turns a relative image {@code uri} (or a {@code classpath:} name) into the path it names,
 * decoded <em>before</em> anything checks or opens it: percent-escapes are decoded once
 * ({@code %2e%2e%2f} is {@code ../}), {@code \} counts as a separator like {@code /}, {@code .}
 * segments are dropped and {@code ..} segments applied. A path that is absolute (also {@code C:}),
 * holds a NUL character, or climbs above the folder it is relative to is refused.
 */
final class RelativeImagePath {
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private RelativeImagePath() {
    }

    /**
     * The decoded, normalised path, with {@code /} separators and no {@code .} or {@code ..} segments.
     *
     * @param uri the path as written in the case file
     * @return e.g. {@code images/lesion 1.png} for {@code images/./lesion%201.png}
     * @throws ImageRejectedException (field {@code uri}) if the path is not a relative path that stays
     *     inside its folder
     */
    static String decode(String uri) throws ImageRejectedException {
        String decoded;
        try {
            decoded = URLDecoder.decode(uri.replace("+", "%2B"), StandardCharsets.UTF_8).replace('\\', '/');
        } catch (IllegalArgumentException e) {
            throw refused(uri, "is not a valid relative path (" + e.getMessage() + ")");
        }
        if (decoded.indexOf('\0') >= 0) {
            throw refused(uri, "holds a NUL character");
        }
        if (decoded.startsWith("/") || DRIVE.matcher(decoded).matches()) {
            throw refused(uri, "is an absolute path; image paths are relative to the case file");
        }
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw refused(uri, "leaves the folder of the case file");
                }
                segments.removeLast();
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        if (segments.isEmpty()) {
            throw refused(uri, "names no file");
        }
        return String.join("/", segments);
    }

    private static ImageRejectedException refused(String uri, String why) {
        return new ImageRejectedException("uri", "refused image path " + uri + ": decoded, it " + why);
    }
}
