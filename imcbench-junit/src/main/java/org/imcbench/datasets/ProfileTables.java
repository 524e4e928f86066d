package org.imcbench.datasets;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-label patient-profile tables of a dataset ({@code imcbench/datasets/<dataset>.profiles.json}):
 * options the seeded generator draws history, medications, vitals, labs, the presenting complaint and
 * hidden facts from, so that a profile fits its label without naming it.
 *
 * @param dataset the dataset id
 * @param about what the file is, for its readers
 * @param common options shared by every label
 * @param labels the options of each label
 */
public record ProfileTables(String dataset, String about, Common common, Map<String, LabelTable> labels) {
    /** Checks and copies the components. */
    public ProfileTables {
        Objects.requireNonNull(common, "common");
        labels = new LinkedHashMap<>(Objects.requireNonNull(labels, "labels"));
    }

    /**
     * Options shared by every label.
     *
     * @param allergies allergy entries
     * @param personas how the patient speaks and behaves
     * @param goals what the patient (or clinician) wants from the conversation, by audience name
     */
    public record Common(List<String> allergies, List<String> personas, Map<String, String> goals) {
        /** Checks and copies the components. */
        public Common {
            allergies = nonEmpty(allergies, "allergies");
            personas = nonEmpty(personas, "personas");
            goals = Map.copyOf(goals);
        }
    }

    /**
     * The options of one label.
     *
     * @param complaints the presenting complaint in the patient's words; {@code {site}} is the row's body site
     * @param history past medical history entries, each with the medications it implies
     * @param vitals options of each vital sign, in the order they are listed
     * @param labs options of each laboratory result, in the order they are listed
     * @param hiddenFacts facts the patient tells only when asked, one option of each drawn
     */
    public record LabelTable(List<String> complaints, List<HistoryOption> history,
            Map<String, List<String>> vitals, Map<String, List<String>> labs, List<FactOptions> hiddenFacts) {
        /** Checks and copies the components. */
        public LabelTable {
            complaints = nonEmpty(complaints, "complaints");
            if (history == null || history.isEmpty()) {
                throw new IllegalArgumentException("no options for history");
            }
            history = List.copyOf(history);
            vitals = new LinkedHashMap<>(vitals == null ? Map.of() : vitals);
            labs = new LinkedHashMap<>(labs == null ? Map.of() : labs);
            hiddenFacts = List.copyOf(hiddenFacts == null ? List.of() : hiddenFacts);
        }
    }

    /**
     * A past medical history entry and the medications it implies.
     *
     * @param entry the entry, e.g. {@code type 2 diabetes}
     * @param medications what the patient takes for it (may be none)
     */
    public record HistoryOption(String entry, List<String> medications) {
        /** Checks and copies the components. */
        public HistoryOption {
            Objects.requireNonNull(entry, "entry");
            medications = List.copyOf(medications == null ? List.of() : medications);
        }
    }

    /**
     * A hidden fact with the versions the generator chooses from.
     *
     * @param topic what it is about
     * @param cues words of a question that count as asking about it
     * @param facts the versions, in the first person
     */
    public record FactOptions(String topic, List<String> cues, List<String> facts) {
        /** Checks and copies the components. */
        public FactOptions {
            Objects.requireNonNull(topic, "topic");
            cues = List.copyOf(cues);
            facts = nonEmpty(facts, "facts of " + topic);
        }
    }

    /** The table of a label, when the file has one. */
    public Optional<LabelTable> label(String label) {
        return Optional.ofNullable(labels.get(label));
    }

    /** Reads a profile file from the class path. */
    public static ProfileTables load(String resource) throws IOException {
        try (InputStream in = ProfileTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no profile tables on the class path: " + resource);
            }
            return KnowledgeBase.JSON.readValue(in, ProfileTables.class);
        } catch (IllegalArgumentException e) {
            throw new IOException(resource + ": " + e.getMessage(), e);
        }
    }

    private static List<String> nonEmpty(List<String> options, String what) {
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("no options for " + what);
        }
        return List.copyOf(options);
    }
}
