package org.imcbench.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * The text of a JSON document that was read whole, and its tree with the line and column of every value,
 * parsed from the text only when a problem must be located: reading a valid document builds no located
 * tree, and most documents are valid.
 *
 * <p>Thread-safe.
 */
public final class LocatedText {
    private final String text;
    private final int firstLine;
    private JsonNode root;

    /**
     * @param text the document's JSON text, which is valid JSON
     * @param firstLine the line of the file the text starts on
     */
    LocatedText(String text, int firstLine) {
        this.text = Objects.requireNonNull(text, "text");
        this.firstLine = firstLine;
    }

    /** The document's tree whose nodes know where they are in the file; parsed on first use. */
    public synchronized JsonNode root() {
        if (root == null) {
            root = SchemaCheckedReader.locatedTree(text);
        }
        return root;
    }

    /**
     * A problem with the value at {@code pointer}, located where the value is (or, when there is no such
     * value, where its nearest enclosing value is).
     *
     * @param pointer a JSON pointer, e.g. {@code /plan/turns/1/zoom}
     * @param problem what is wrong
     * @return the located problem
     */
    public DocumentProblem problem(String pointer, String problem) {
        return JsonDocument.problemIn(root(), firstLine, pointer, problem);
    }
}
