package org.imcbench.model.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The clinical wording of the simulated clinicians, read from {@code clinical-wording.json}: the
 * topics with their keywords, possible diagnoses, specialist, tests and questions, and the red-flag
 * words.
 *
 * @param topics the specialised topics, in order of preference
 * @param general the topic used when no keyword matches
 * @param redFlags red-flag word to the phrase used in "if ... gets worse"
 */
record ClinicalWording(List<Topic> topics, Topic general, Map<String, String> redFlags) {
    private static final String RESOURCE = "clinical-wording.json";

    /** Copies the lists. */
    ClinicalWording {
        topics = List.copyOf(topics);
        redFlags = new TreeMap<>(redFlags);
    }

    /** Reads the wording from the class path. */
    static ClinicalWording load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = ClinicalWording.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return json.readValue(in, ClinicalWording.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The topic whose keywords occur most often in the text (ties: the earlier topic). */
    Topic topicOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Topic best = general;
        int bestHits = 0;
        for (Topic topic : topics) {
            int hits = 0;
            for (String keyword : topic.keywords()) {
                if (lower.contains(keyword)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = topic;
                bestHits = hits;
            }
        }
        return best;
    }

    /** The red flag mentioned earliest in the text, if any. */
    Optional<String> redFlagIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return redFlags.keySet().stream()
                .filter(lower::contains)
                .min(Comparator.comparingInt(lower::indexOf));
    }

    /**
     * One clinical topic.
     *
     * @param id e.g. {@code dermatology}
     * @param keywords lower-case keywords that select it
     * @param subject what the image shows, e.g. "this skin lesion"
     * @param possibilities the possible diagnoses, most serious first
     * @param specialist who should see the patient
     * @param tests the assessment the specialist will likely do
     * @param questions the questions to ask
     * @param benign a harmless thing, without article (for the careless clinician)
     * @param lessSerious a less serious possibility, with article, for "something less serious such as ..."
     * @param worsening what to watch, for "if ... gets worse"
     */
    record Topic(String id, List<String> keywords, String subject, List<String> possibilities, String specialist,
            String tests, List<String> questions, String benign, String worsening, String lessSerious) {
    }
}
