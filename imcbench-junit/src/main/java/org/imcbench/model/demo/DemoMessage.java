package org.imcbench.model.demo;

import java.util.Objects;

/**
 * One message of a request to the demo server, as a behaviour sees it.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param text the text parts joined by blank lines
 * @param imageCount how many image parts the message had
 */
public record DemoMessage(String role, String text, int imageCount) {
    /** Checks that role and text are present. */
    public DemoMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
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
