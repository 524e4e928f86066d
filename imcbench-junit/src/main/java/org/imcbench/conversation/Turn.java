package org.imcbench.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.imcbench.model.Usage;

/**
 * One message of a conversation.
 *
 * @param number 1-based position in the transcript; judges cite these numbers
 * @param speaker who said it
 * @param text what was said
 * @param imageSha256s SHA-256 of every image shown with this message (empty for most turns)
 * @param startedAt when the message was requested (for patient turns: when it was produced)
 * @param duration how long the model took to produce it ({@link Duration#ZERO} for scripted turns)
 * @param usage tokens used to produce it ({@link Usage#NONE} for scripted turns)
 */
public record Turn(int number, Speaker speaker, String text, List<String> imageSha256s, Instant startedAt,
        Duration duration, Usage usage) {
    /** Copies the image list and checks every component. */
    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        imageSha256s = List.copyOf(imageSha256s);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(usage, "usage");
    }
}
