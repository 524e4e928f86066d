package org.imcbench.model.demo;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Read-only helpers over the messages of a demo request. */
final class Conversation {
    private final List<DemoMessage> messages;

    Conversation(List<DemoMessage> messages) {
        this.messages = List.copyOf(messages);
    }

    /** The system message text, or an empty string. */
    String system() {
        return messages.stream().filter(DemoMessage::isSystem).map(DemoMessage::text)
                .collect(Collectors.joining("\n"));
    }

    /** The text of the first {@code user} message, or an empty string. */
    String firstUser() {
        return messages.stream().filter(DemoMessage::isUser).map(DemoMessage::text).findFirst().orElse("");
    }

    /** The text of the last {@code user} message, or an empty string. */
    String lastUser() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).isUser()) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    /** The system and every user message, joined. */
    String systemAndUserText() {
        return messages.stream().filter(m -> m.isSystem() || m.isUser()).map(DemoMessage::text)
                .collect(Collectors.joining("\n"));
    }

    /** The first image any message carries, if one does. */
    Optional<DemoImage> firstImage() {
        return messages.stream().flatMap(message -> message.images().stream()).findFirst();
    }

    /** The behaviour's own earlier answers ({@code assistant} messages), in order. */
    List<DemoMessage> ownMessages() {
        return messages.stream().filter(DemoMessage::isAssistant).toList();
    }

    /** Whether any message carries an image. */
    boolean hasImage() {
        return messages.stream().anyMatch(m -> m.imageCount() > 0);
    }

    /** All messages in order. */
    List<DemoMessage> messages() {
        return messages;
    }
}
