package org.imcbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One message of a chat: a role and its parts (text and images).
 *
 * @param role who speaks
 * @param parts the text and image parts, in order
 */
public record ChatMessage(Role role, List<ContentPart> parts) {
    /** Copies the parts and checks that the message is complete. */
    public ChatMessage {
        Objects.requireNonNull(role, "role");
        parts = List.copyOf(parts);
    }

    /** A system message with the given text. */
    public static ChatMessage system(String text) {
        return new ChatMessage(Role.SYSTEM, List.of(new TextPart(text)));
    }

    /** A user message with the given text and no image. */
    public static ChatMessage user(String text) {
        return new ChatMessage(Role.USER, List.of(new TextPart(text)));
    }

    /** A user message with the given images followed by the text. */
    public static ChatMessage user(String text, List<ImagePart> images) {
        List<ContentPart> parts = new ArrayList<>(images);
        parts.add(new TextPart(text));
        return new ChatMessage(Role.USER, parts);
    }

    /** An assistant message with the given text. */
    public static ChatMessage assistant(String text) {
        return new ChatMessage(Role.ASSISTANT, List.of(new TextPart(text)));
    }

    /** Returns the text parts joined by blank lines. */
    public String text() {
        return parts.stream()
                .filter(TextPart.class::isInstance)
                .map(part -> ((TextPart) part).text())
                .collect(Collectors.joining("\n\n"));
    }

    /** Returns the image parts in order. */
    public List<ImagePart> images() {
        return parts.stream().filter(ImagePart.class::isInstance).map(ImagePart.class::cast).toList();
    }
}
