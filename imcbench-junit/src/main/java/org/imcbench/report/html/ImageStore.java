package org.imcbench.report.html;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.imcbench.report.CaseReport.ImageReport;

/**
 * The page's images, each distinct one (by SHA-256) stored once as a data URL in a hidden element;
 * the case views refer to them by hash and the page's script fills them in when a case is opened,
 * so a page with thousands of cases neither repeats nor decodes an image it does not show.
 */
final class ImageStore {
    private final ImageSource source;
    private final Map<String, String> dataUrls = new LinkedHashMap<>();

    ImageStore(ImageSource source) {
        this.source = source;
    }

    /** Whether the image is available; the first call for a hash reads and keeps its bytes. */
    boolean add(ImageReport image) {
        if (!dataUrls.containsKey(image.sha256())) {
            dataUrls.put(image.sha256(), source.bytes(image.sha256()).map(bytes -> "data:" + image.mediaType()
                    + ";base64," + Base64.getEncoder().encodeToString(bytes)).orElse(null));
        }
        return dataUrls.get(image.sha256()) != null;
    }

    /** The hidden element holding every available image once. */
    void render(Html html) {
        html.open("div", "id", "image-store", "hidden", "hidden");
        dataUrls.forEach((sha, url) -> {
            if (url != null) {
                html.open("span", "data-sha", sha, "data-src", url).close("span");
            }
        });
        html.close("div");
    }
}
