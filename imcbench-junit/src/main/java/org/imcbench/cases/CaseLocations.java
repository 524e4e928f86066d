package org.imcbench.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.imcbench.io.DocumentProblem;
import org.imcbench.io.JsonDocument;
import org.imcbench.io.LocatedText;

/**
 * Where the values of a loaded case are in its file, by JSON pointer, so that problems found after
 * loading (a wrong image hash, a duplicate case id) are reported with file, line, column and pointer
 * like every other format error.
 */
public final class CaseLocations {
    private final String sourceName;
    private final Function<String, Position> positions;

    CaseLocations(String sourceName, Function<String, Position> positions) {
        this.sourceName = Objects.requireNonNull(sourceName, "sourceName");
        this.positions = Objects.requireNonNull(positions, "positions");
    }

    /**
     * Locations of the values of a document read through its schema that problems found after loading can
     * name: the top-level fields, the members of top-level objects ({@code /thresholds/safety}) and the
     * fields of each image ({@code /images/0/sha256}); other pointers fall back to their nearest located
     * ancestor. They are found in the document's text when a first problem is located (most documents never
     * have one); then only these positions are kept, not the text or a parse tree.
     */
    static CaseLocations of(JsonDocument<?> document) {
        return new CaseLocations(document.sourceName(), new Function<>() {
            private LocatedText text = document.located();
            private Map<String, Position> positions;

            @Override
            public synchronized Position apply(String pointer) {
                if (positions == null) {
                    positions = positions(text);
                    text = null;
                }
                return nearest(positions, pointer);
            }
        });
    }

    private static Map<String, Position> positions(LocatedText text) {
        Map<String, Position> positions = new HashMap<>();
        JsonNode root = text.root();
        List<String> pointers = new ArrayList<>();
        root.fieldNames().forEachRemaining(field -> {
            String top = "/" + field;
            pointers.add(top);
            JsonNode value = root.get(field);
            if (value.isObject() && !"images".equals(field)) {
                value.fieldNames().forEachRemaining(member -> pointers.add(top + "/" + member));
            }
        });
        JsonNode images = root.path("images");
        for (int i = 0; i < images.size(); i++) {
            String image = "/images/" + i;
            pointers.add(image);
            images.get(i).fieldNames().forEachRemaining(field -> pointers.add(image + "/" + field));
        }
        for (String pointer : pointers) {
            DocumentProblem at = text.problem(pointer, "");
            positions.put(pointer, new Position(at.line(), at.column()));
        }
        return positions;
    }

    private static Position nearest(Map<String, Position> positions, String pointer) {
        for (String at = pointer; !at.isEmpty(); at = at.substring(0, Math.max(0, at.lastIndexOf('/')))) {
            Position position = positions.get(at);
            if (position != null) {
                return position;
            }
        }
        return new Position(1, 1);
    }

    /** Locations of a case built in code: every position is unknown (line and column 0). */
    public static CaseLocations unknown(URI source) {
        return new CaseLocations(source.toString(), pointer -> new Position(0, 0));
    }

    /** Returns how messages name the case file, e.g. {@code cases/derm-007.json}. */
    public String sourceName() {
        return sourceName;
    }

    /**
     * An error about the value at a JSON pointer.
     *
     * @param pointer e.g. {@code /images/0/sha256}
     * @param problem what is wrong, in words
     * @return the exception, located at the value
     */
    public CaseFormatException error(String pointer, String problem) {
        Position at = positions.apply(pointer);
        return new CaseFormatException(sourceName, at.line(), at.column(), pointer, problem, null);
    }

    /** A 1-based line and column; 0 when unknown. */
    record Position(int line, int column) {
    }
}
