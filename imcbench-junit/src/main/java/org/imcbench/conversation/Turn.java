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
 * @param imageSha256s SHA-256 of every image sent with this message, as sent (empty for most turns)
 * @param startedAt when the message was requested (for patient turns: when it was produced)
 * @param duration how long the model took to produce it ({@link Duration#ZERO} for scripted turns)
 * @param usage tokens used to produce it ({@link Usage#NONE} for scripted turns)
 * @param imageNotes how images sent with this message were derived from the case images (a
 *     zoom-in crop, a downscale); empty when they were sent as they are
 */
public record Turn(int number, Speaker speaker, String text, List<String> imageSha256s, Instant startedAt,
        Duration duration, Usage usage, List<String> imageNotes) {
    /** Copies the lists and checks every component. */
    public Turn {
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(text, "text");
        imageSha256s = List.copyOf(imageSha256s);
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(usage, "usage");
        imageNotes = List.copyOf(imageNotes);
    }

    /** A turn whose images, if any, were sent as they are. */
    public Turn(int number, Speaker speaker, String text, List<String> imageSha256s, Instant startedAt,
            Duration duration, Usage usage) {
        this(number, speaker, text, imageSha256s, startedAt, duration, usage, List.of());
    }
}
