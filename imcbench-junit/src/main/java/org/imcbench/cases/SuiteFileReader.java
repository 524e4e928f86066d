package org.imcbench.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a suite file ({@code <name>.suite.json}); errors name file, line, column and JSON pointer. */
final class SuiteFileReader {
    static final Set<String> FIELDS = Set.of("$schema", "name", "description", "rubric", "thresholds",
            "cases");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private SuiteFileReader() {
    }

    /** Reads the suite file whose text is {@code content}. */
    static SuiteFile read(String content, String sourceName) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        LocatedJson json = LocatedJson.parse(text, sourceName);
        if (!json.root().isObject()) {
            throw json.error("", "a suite file must be a JSON object");
        }
        JsonObjectCursor root = JsonObjectCursor.root(json);
        root.rejectUnknownFields(FIELDS);
        String name = root.requiredText("name");
        if (!NAME.matcher(name).matches()) {
            throw root.error("name", "must match [A-Za-z0-9][A-Za-z0-9._-]* (it names the report folder)");
        }
        Map<String, Double> thresholds = new LinkedHashMap<>();
        root.textMap("thresholds").forEach((dimension, value) -> {
            String pointer = LocatedJson.child(root.pathOf("thresholds"), dimension);
            double score;
            try {
                score = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw root.errorAt(pointer, "must be a score from 1 to 5");
            }
            if (score < 1 || score > 5) {
                throw root.errorAt(pointer, "must be a score from 1 to 5");
            }
            thresholds.put(dimension, score);
        });
        List<String> cases = root.textList("cases");
        return new SuiteFile(sourceName, name, root.optionalText("description").orElse(""),
                root.optionalText("rubric").orElse(SuiteFile.DEFAULT_RUBRIC), thresholds, cases, root.locations());
    }
}
