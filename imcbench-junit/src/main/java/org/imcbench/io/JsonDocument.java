package org.imcbench.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.utils.JsonNodes;
import java.util.Objects;

/**
 * A data file that passed its JSON Schema: the value bound from it, and its tree with the line and
 * column of every value, so that the checks a schema cannot express (references between fields,
 * paths, regular expressions) and problems found later (an image's bytes) are located too.
 *
 * @param <T> the type the document was bound to
 * @param sourceName how messages name the file, e.g. {@code cases/derm-007.json}
 * @param root the document's tree; its nodes know where they are in the file
 * @param value the bound value
 * @param firstLine the line of the file the document starts on (a line of a {@code .jsonl} file)
 */
public record JsonDocument<T>(String sourceName, JsonNode root, T value, int firstLine) {
    /** Checks the components. */
    public JsonDocument {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(value, "value");
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
        return problemIn(root, firstLine, pointer, problem);
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
