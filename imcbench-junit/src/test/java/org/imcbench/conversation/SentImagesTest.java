package org.imcbench.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.imcbench.conversation.ConversationImagesTest.SPOT_ROI;
import static org.imcbench.conversation.ConversationImagesTest.png;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.imcbench.cases.SentImageSides;
import org.imcbench.model.ImagePart;
import org.junit.jupiter.api.Test;

/** Each image a suite sends is downscaled, cropped and base64-encoded once, within a memory budget. */
class SentImagesTest {
    private static final SentImageSides.Side SIDE_50 = SentImageSides.Side.maxSide(50);

    @Test
    void aDownscaledImageAndAZoomInAreMadeOnceAndSharedByEveryCaseThatSendsThem() throws IOException {
        SentImages images = new SentImages();
        ImagePart large = png(200, 100);
        ImagePart sameImageOfAnotherCase = new ImagePart(large.data(), large.mediaType(), large.sha256());

        ImageEditor.Edited first = images.fitted(large, SIDE_50);
        ImageEditor.Edited second = images.fitted(sameImageOfAnotherCase, SIDE_50);
        ImageEditor.Edited zoom = images.zoom(large, SPOT_ROI, SIDE_50);

        assertThat(second).isSameAs(first);
        assertThat(first.part().sha256()).isNotEqualTo(large.sha256());
        assertThat(images.zoom(sameImageOfAnotherCase, SPOT_ROI, SIDE_50)).isSameAs(zoom);
        assertThat(first.part().jsonDataUrl()).isSameAs(second.part().jsonDataUrl());
        assertThat(first.part().jsonBase64()).isSameAs(second.part().jsonBase64());
        assertThat(first.part().jsonDataUrl().rawValue().toString())
                .isEqualTo("\"data:image/png;base64," + Base64.getEncoder().encodeToString(first.part().data()) + '"');
        assertThat(images.made()).as("the downscaled image and the zoom-in, each once").isEqualTo(2);
    }

    @Test
    void conversationsAskingForTheSameImageAtOnceShareOnePreparation() throws Exception {
        SentImages images = new SentImages();
        ImagePart large = png(1600, 1200);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CyclicBarrier start = new CyclicBarrier(threads);
            List<Future<ImageEditor.Edited>> made = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                made.add(pool.submit(() -> {
                    start.await();
                    return images.fitted(new ImagePart(large.data(), large.mediaType(), large.sha256()), SIDE_50);
                }));
            }
            ImageEditor.Edited first = made.get(0).get(30, TimeUnit.SECONDS);
            for (Future<ImageEditor.Edited> other : made) {
                assertThat(other.get(30, TimeUnit.SECONDS)).isSameAs(first);
            }
            assertThat(images.made()).as("one preparation for %d conversations", threads).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anImageWithinTheBoundIsSentAsItIsAndSharedToo() throws IOException {
        SentImages images = new SentImages();
        ImagePart small = png(30, 30);

        ImageEditor.Edited fitted = images.fitted(small, SentImageSides.Side.maxSide(2048));

        assertThat(fitted.part()).isSameAs(small);
        assertThat(fitted.note()).isEmpty();
        assertThat(images.fitted(new ImagePart(small.data(), small.mediaType(), small.sha256()),
                SentImageSides.Side.maxSide(2048)).part())
                .isSameAs(small);
    }

    @Test
    void pastTheBudgetTheLeastRecentlySentImageIsDroppedAndMadeAgainWhenSentAgain() throws IOException {
        ImagePart a = png(200, 100);
        ImagePart b = png(100, 200);
        int largest = Math.max(new SentImages().fitted(a, SIDE_50).part().data().length,
                new SentImages().fitted(b, SIDE_50).part().data().length);
        SentImages images = new SentImages(4L * largest + 16);

        ImageEditor.Edited first = images.fitted(a, SIDE_50);
        assertThat(images.fitted(a, SIDE_50)).isSameAs(first);
        ImageEditor.Edited other = images.fitted(b, SIDE_50);

        assertThat(images.fitted(b, SIDE_50)).isSameAs(other);
        assertThat(images.fitted(a, SIDE_50)).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void theSameImageSentAtAnotherSideIsPreparedForThatSide() throws IOException {
        SentImages images = new SentImages();
        ImagePart large = png(200, 100);

        ImageEditor.Edited at50 = images.fitted(large, SIDE_50);
        ImageEditor.Edited at80 = images.fitted(large, SentImageSides.Side.maxSide(80));

        assertThat(at80).isNotSameAs(at50);
        assertThat(at80.part().sha256()).isNotEqualTo(at50.part().sha256());
    }
}
