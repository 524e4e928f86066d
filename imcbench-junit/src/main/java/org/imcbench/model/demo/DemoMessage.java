package org.imcbench.model.demo;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One message of a request to the demo server, as a behaviour sees it.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param text the text parts joined by blank lines
 * @param images what the demo can tell of each image part of the message (only a request's first image is
 *     read; the others are {@link DemoImage#UNREAD})
 */
public record DemoMessage(String role, String text, List<DemoImage> images) {
    /** Checks that role and text are present and copies the images. */
    public DemoMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        images = List.copyOf(images);
    }

    /** A message with {@code imageCount} images the demo did not read (ordinary photographs). */
    public DemoMessage(String role, String text, int imageCount) {
        this(role, text, Collections.nCopies(imageCount, DemoImage.UNREAD));
    }

    /** How many image parts the message had. */
    public int imageCount() {
        return images.size();
    }

    /** Whether this is the system message. */
    public boolean isSystem() {
        return "system".equals(role);
    }

    /** Whether this message comes from the other side (role {@code user}). */
    public boolean isUser() {
        return "user".equals(role);
    }

    /** Whether this is one of the behaviour's own earlier answers (role {@code assistant}). */
    public boolean isAssistant() {
        return "assistant".equals(role);
    }
}
