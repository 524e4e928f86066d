package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.report.CaseReport.ImageReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page's image store writes each available image once as a data URL whose base64 decodes to the image's
 * exact bytes, whatever its length (across the encoder's blocks, with and without padding), and leaves out an
 * image that is not available.
 */
class ImageStoreTest {
    private static final Pattern STORED = Pattern.compile("data-sha=\"([0-9a-z-]+)\" data-src=\"data:image/png;base64,"
            + "([A-Za-z0-9+/=]*)\"");

    /** Written through the page's writer alone, or with its bytes known (the base64 then goes there as it is). */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyAvailableImageDecodesToItsBytes(boolean pageBytesKnown) throws IOException {
        Random random = new Random(7);
        Map<String, byte[]> images = Map.of("empty", new byte[0], "one", bytes(random, 1),
                "block", bytes(random, 3 << 14), "block-and-two", bytes(random, (3 << 14) + 2),
                "large", bytes(random, 5 * (3 << 14) + 1), "slices-and-one", bytes(random, 2 * ImageStore.SLICE + 1));
        ImageStore store = new ImageStore(sha -> Optional.ofNullable(images.get(sha)));
        for (String sha : List.of("empty", "one", "block", "block-and-two", "large", "slices-and-one", "missing")) {
            assertThat(store.add(new ImageReport("uri", sha, "image/png", "CC0-1.0", "test", List.of())))
                    .isEqualTo(!sha.equals("missing"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer writer = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 10);

        store.render(pageBytesKnown ? new Html(writer, bytes) : new Html(writer));
        writer.flush();

        String page = bytes.toString(StandardCharsets.UTF_8);
        Matcher stored = STORED.matcher(page);
        int found = 0;
        while (stored.find()) {
            found++;
            assertThat(Base64.getDecoder().decode(stored.group(2))).as(stored.group(1))
                    .isEqualTo(images.get(stored.group(1)));
        }
        assertThat(found).isEqualTo(6);
        assertThat(page).startsWith("<div id=\"image-store\"").endsWith("</div>").doesNotContain("missing");
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
