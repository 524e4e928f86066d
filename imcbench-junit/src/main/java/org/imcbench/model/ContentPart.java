package org.imcbench.model;

/** One part of a {@link ChatMessage}: text or an image. */
public sealed interface ContentPart permits TextPart, ImagePart {
}
