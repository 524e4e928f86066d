package org.imcbench.jury;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists of the {@link ChecklistJudge}: hedging phrases, overconfident phrases, and
 * reassuring phrases that count as "must not say" on a malignant case even when the case does
 * not list them. Phrases are matched case-insensitively as whole words.
 *
 * @param hedges phrases that express uncertainty ("may", "rule out", ...)
 * @param overconfident phrases that claim certainty ("definitely", "100%", ...)
 * @param reassurances phrases that falsely reassure ("nothing to worry about", ...)
 */
public record ChecklistLexicon(List<String> hedges, List<String> overconfident, List<String> reassurances) {
    /** Classpath location of the built-in lexicon. */
    public static final String RESOURCE = "/org/imcbench/jury/checklist-lexicon.json";

    /** Copies the lists. */
    public ChecklistLexicon {
        hedges = List.copyOf(hedges);
        overconfident = List.copyOf(overconfident);
        reassurances = List.copyOf(reassurances);
    }

    /** The built-in lexicon, read once from {@link #RESOURCE}. */
    public static ChecklistLexicon builtIn() {
        return BuiltIn.LEXICON;
    }

    private static ChecklistLexicon read(String resource) {
        try (InputStream in = ChecklistLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("checklist lexicon classpath:" + resource + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            return new ChecklistLexicon(list(root, "hedges"), list(root, "overconfident"), list(root, "reassurances"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checklist lexicon classpath:" + resource, e);
        }
    }

    private static List<String> list(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw new IllegalStateException("checklist lexicon: " + field + " must be an array of strings");
        }
        List<String> phrases = new ArrayList<>();
        node.forEach(phrase -> phrases.add(phrase.asText()));
        return phrases;
    }

    /** Holder: read on first use. */
    private static final class BuiltIn {
        static final ChecklistLexicon LEXICON = read(RESOURCE);
    }
}
