package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.report.CaseReport.ImageReport;
import org.junit.jupiter.api.Test;

/**
 * The page's image store writes each available image once as a data URL whose base64 decodes to the image's
 * exact bytes, whatever its length (across the encoder's blocks, with and without padding), and leaves out an
 * image that is not available.
 */
class ImageStoreTest {
    private static final Pattern STORED = Pattern.compile("data-sha=\"([0-9a-z-]+)\" data-src=\"data:image/png;base64,"
            + "([A-Za-z0-9+/=]*)\"");

    @Test
    void everyAvailableImageDecodesToItsBytes() {
        Random random = new Random(7);
        Map<String, byte[]> images = Map.of("empty", new byte[0], "one", bytes(random, 1),
                "block", bytes(random, 3 << 14), "block-and-two", bytes(random, (3 << 14) + 2),
                "large", bytes(random, 5 * (3 << 14) + 1));
        ImageStore store = new ImageStore(sha -> Optional.ofNullable(images.get(sha)));
        for (String sha : List.of("empty", "one", "block", "block-and-two", "large", "missing")) {
            assertThat(store.add(new ImageReport("uri", sha, "image/png", "CC0-1.0", "test", List.of())))
                    .isEqualTo(!sha.equals("missing"));
        }
        StringWriter page = new StringWriter();

        store.render(new Html(page));

        Matcher stored = STORED.matcher(page.toString());
        int found = 0;
        while (stored.find()) {
            found++;
            assertThat(Base64.getDecoder().decode(stored.group(2))).as(stored.group(1))
                    .isEqualTo(images.get(stored.group(1)));
        }
        assertThat(found).isEqualTo(5);
        assertThat(page.toString()).doesNotContain("missing");
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }
}
