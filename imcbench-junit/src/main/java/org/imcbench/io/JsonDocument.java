package org.imcbench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import java.util.Objects;

/**
 * A data file that passed its JSON Schema: the value bound from it, and its text, from which the line and
 * column of every value are found when a problem must be located, so that the checks a schema cannot express
 * (references between fields, paths, regular expressions) and problems found later (an image's bytes) are
 * located too.
 *
 * @param <T> the type the document was bound to
 */
public final class JsonDocument<T> {
    private final String sourceName;
    private final T value;
    private final LocatedText located;

    /**
     * @param sourceName how messages name the file, e.g. {@code cases/derm-007.json}
     * @param value the bound value
     * @param located the document's text, to locate problems in
     */
    JsonDocument(String sourceName, T value, LocatedText located) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.value = Objects.requireNonNull(value, "value");
        this.located = Objects.requireNonNull(located, "located");
    }

    /** How messages name the file. */
    public String sourceName() {
        return sourceName;
    }

    /** The bound value. */
    public T value() {
        return value;
    }

    /** The document's text and, on demand, its located tree. */
    public LocatedText located() {
        return located;
    }

    /**
     * A problem with the value at {@code pointer}, located where the value is (or, when there is
     * no such value, where its nearest enclosing value is).
     *
     * @param pointer a JSON pointer, e.g. {@code /plan/turns/1/zoom}
     * @param problem what is wrong
     * @return the located problem
     */
    public DocumentProblem problem(String pointer, String problem) {
        return located.problem(pointer, problem);
    }

    /** The located problem at {@code pointer} of the located tree {@code root}. */
    static DocumentProblem problemIn(JsonNode root, int firstLine, String pointer, String problem) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode node = root.at(at);
        while (node.isMissingNode() && !at.matches()) {
            at = at.head();
            node = root.at(at);
        }
        JsonLocation location = JsonNodes.tokenStreamLocationOf(node);
        return location == null ? new DocumentProblem(firstLine, 1, pointer, problem)
                : located(location, firstLine, pointer, problem);
    }

    /** A problem at a parser location, or at the start of the document when the location is unknown. */
    static DocumentProblem located(JsonLocation location, int firstLine, String pointer, String problem) {
        boolean known = location != null && location.getLineNr() > 0;
        return new DocumentProblem(known ? location.getLineNr() + firstLine - 1 : firstLine,
                known ? Math.max(1, location.getColumnNr()) : 1, pointer, problem);
    }
}
