package org.imcbench.model;

import java.util.Objects;

/**
 * A text part of a message.
 *
 * @param text the text, never {@code null}
 */
public record TextPart(String text) implements ContentPart {
    /** Checks that the text is present. */
    public TextPart {
        Objects.requireNonNull(text, "text");
    }
}
