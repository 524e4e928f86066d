package org.imcbench.cases;

import java.util.List;
import java.util.Map;
import org.imcbench.io.InvalidDocumentException;
import org.imcbench.io.JsonDocument;
import org.imcbench.io.SchemaCheckedReader;

/**
 * Reads a suite file ({@code <name>.suite.json}) through its JSON Schema
 * ({@code imcbench/schema/suite.schema.json}); every problem names file, line, column and JSON pointer.
 */
final class SuiteFileReader {
    /** The schema every suite file is validated against. */
    static final String SCHEMA = "imcbench/schema/suite.schema.json";
    private static final SchemaCheckedReader<Document> READER = SchemaCheckedReader.of(SCHEMA, Document.class);

    private SuiteFileReader() {
    }

    /**
     * Reads the suite file whose text is {@code content}.
     *
     * @throws CaseFormatException naming every problem of the file
     */
    static SuiteFile read(String content, String sourceName) {
        JsonDocument<Document> document;
        try {
            document = READER.read(content, sourceName, 1);
        } catch (InvalidDocumentException e) {
            throw CaseFormatException.of(e);
        }
        Document file = document.value();
        return new SuiteFile(sourceName, file.name(), file.description() == null ? "" : file.description(),
                file.rubric() == null ? SuiteFile.DEFAULT_RUBRIC : file.rubric(),
                file.thresholds() == null ? Map.of() : file.thresholds(),
                file.cases() == null ? List.of() : file.cases(),
                CaseLocations.of(document));
    }

    /** A suite file as Jackson binds it, after the schema accepted it; absent values are {@code null}. */
    record Document(String name, String description, String rubric, Map<String, Double> thresholds,
            List<String> cases) {
    }
}
