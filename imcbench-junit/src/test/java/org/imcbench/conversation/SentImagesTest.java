package org.imcbench.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.conversation.ConversationImagesTest.SPOT_ROI;
import static org.imcbench.conversation.ConversationImagesTest.png;

import java.io.IOException;
import org.imcbench.model.ImagePart;
import org.junit.jupiter.api.Test;

/** Each image a suite sends is downscaled, cropped and base64-encoded once, within a memory budget. */
class SentImagesTest {

    @Test
    void aDownscaledImageAndAZoomInAreMadeOnceAndSharedByEveryCaseThatSendsThem() throws IOException {
        SentImages images = new SentImages(50);
        ImagePart large = png(200, 100);
        ImagePart sameImageOfAnotherCase = new ImagePart(large.data(), large.mediaType(), large.sha256());

        ImageEditor.Edited first = images.fitted(large);
        ImageEditor.Edited second = images.fitted(sameImageOfAnotherCase);
        ImageEditor.Edited zoom = images.zoom(large, SPOT_ROI);

        assertThat(second).isSameAs(first);
        assertThat(first.part().sha256()).isNotEqualTo(large.sha256());
        assertThat(images.zoom(sameImageOfAnotherCase, SPOT_ROI)).isSameAs(zoom);
        assertThat(first.part().base64()).isSameAs(second.part().base64());
        assertThat(first.part().dataUrl()).isSameAs(second.part().dataUrl()).startsWith("data:image/png;base64,");
    }

    @Test
    void anImageWithinTheBoundIsSentAsItIsAndSharedToo() throws IOException {
        SentImages images = new SentImages(2048);
        ImagePart small = png(30, 30);

        ImageEditor.Edited fitted = images.fitted(small);

        assertThat(fitted.part()).isSameAs(small);
        assertThat(fitted.note()).isEmpty();
        assertThat(images.fitted(new ImagePart(small.data(), small.mediaType(), small.sha256())).part())
                .isSameAs(small);
    }

    @Test
    void pastTheBudgetTheLeastRecentlySentImageIsDroppedAndMadeAgainWhenSentAgain() throws IOException {
        ImagePart a = png(200, 100);
        ImagePart b = png(100, 200);
        int largest = Math.max(new SentImages(50).fitted(a).part().data().length,
                new SentImages(50).fitted(b).part().data().length);
        SentImages images = new SentImages(50, 4L * largest + 16);

        ImageEditor.Edited first = images.fitted(a);
        assertThat(images.fitted(a)).isSameAs(first);
        ImageEditor.Edited other = images.fitted(b);

        assertThat(images.fitted(b)).isSameAs(other);
        assertThat(images.fitted(a)).isNotSameAs(first).isEqualTo(first);
    }
}
