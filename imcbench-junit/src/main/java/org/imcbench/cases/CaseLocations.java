package org.imcbench.cases;

import java.net.URI;
import java.util.Objects;
import java.util.function.Function;
import org.imcbench.io.DocumentProblem;
import org.imcbench.io.JsonDocument;

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

    /** Locations of the values of a document read through its schema. */
    static CaseLocations of(JsonDocument<?> document) {
        return new CaseLocations(document.sourceName(), pointer -> {
            DocumentProblem at = document.problem(pointer, "");
            return new Position(at.line(), at.column());
        });
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
