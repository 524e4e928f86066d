package org.imcbench.datasets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.imcbench.cases.Finding;
import org.imcbench.cases.GroundTruth;
import org.imcbench.cases.Urgency;

/**
 * A label knowledge file ({@code imcbench/datasets/<dataset>.knowledge.json}): one entry per label, in
 * order of precedence. Maps an image's labels to the ground truth of its case; an image with a label
 * that has no entry gets none (the generator reports and skips it).
 */
public final class KnowledgeBase {
    static final ObjectMapper JSON = JsonMapper.builder().enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES).build();

    private final Map<String, LabelKnowledge> entries;
    private final Map<String, Integer> precedence = new LinkedHashMap<>();

    /** The file's form. */
    private record KnowledgeFile(String dataset, String about, List<LabelKnowledge> labels) {
    }

    private KnowledgeBase(List<LabelKnowledge> labels) {
        entries = new LinkedHashMap<>();
        for (LabelKnowledge entry : labels) {
            if (entries.putIfAbsent(entry.label(), entry) != null) {
                throw new IllegalArgumentException("two knowledge entries for the label " + entry.label());
            }
            precedence.put(entry.label(), precedence.size());
        }
    }

    /**
     * Reads a knowledge file from the class path.
     *
     * @param resource e.g. {@code imcbench/datasets/chestxray14.knowledge.json}
     * @return the knowledge
     * @throws IOException if the resource is missing or not a knowledge file
     */
    public static KnowledgeBase load(String resource) throws IOException {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no knowledge file on the class path: " + resource);
            }
            return new KnowledgeBase(JSON.readValue(in, KnowledgeFile.class).labels());
        } catch (IllegalArgumentException e) {
            throw new IOException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Every entry, in order of precedence. */
    public List<LabelKnowledge> entries() {
        return List.copyOf(entries.values());
    }

    /** The labels of {@code labels} that have no entry, in their order. */
    public List<String> unknown(List<String> labels) {
        return labels.stream().filter(label -> !entries.containsKey(label)).toList();
    }

    /**
     * The ground truth of an image with these labels.
     *
     * @param labels the image's labels
     * @return the ground truth, or empty when a label has no entry
     */
    public Optional<LabelTruth> truth(List<String> labels) {
        if (labels.isEmpty() || !unknown(labels).isEmpty()) {
            return Optional.empty();
        }
        List<LabelKnowledge> known = labels.stream().distinct().map(entries::get)
                .sorted(Comparator.comparing(entry -> precedence.get(entry.label()))).toList();
        LabelKnowledge primary = known.get(0);
        Finding diagnosis = new Finding(String.join("; ", known.stream().map(e -> e.diagnosis().label()).toList()),
                primary.diagnosis().patterns());
        GroundTruth truth = new GroundTruth(diagnosis, primary.differentials(),
                union(known, LabelKnowledge::requiredSafetyActions), union(known, LabelKnowledge::redFlags),
                primary.mustNotSay());
        Urgency urgency = known.stream().map(LabelKnowledge::urgency).min(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new LabelTruth(primary.label(), known, truth,
                known.stream().anyMatch(LabelKnowledge::malignant), known.stream().anyMatch(LabelKnowledge::rare),
                urgency));
    }

    /** The items of every entry, in precedence order, an item whose label already came once left out. */
    private static List<Finding> union(List<LabelKnowledge> known, Function<LabelKnowledge, List<Finding>> items) {
        Map<String, Finding> byLabel = new LinkedHashMap<>();
        known.forEach(entry -> items.apply(entry).forEach(item -> byLabel.putIfAbsent(item.label(), item)));
        return new ArrayList<>(byLabel.values());
    }
}
