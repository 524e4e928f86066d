package org.imcbench.model.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The clinical wording of the simulated clinicians, read from {@code clinical-wording.json}: the
 * topics with their keywords, possible diagnoses, specialist, tests and questions, the red-flag
 * words and the markers of a message written by a colleague rather than a patient.
 *
 * @param topics the specialised topics, in order of preference
 * @param general the topic used when no keyword matches
 * @param redFlags red-flag word to the phrase used in "if ... gets worse"
 * @param colleagueMarkers case-insensitive regular expressions, any of which in the opening message
 *     shows that a clinician is presenting a patient ("45-year-old woman in ED: ...")
 */
record ClinicalWording(List<Topic> topics, Topic general, Map<String, String> redFlags,
        List<String> colleagueMarkers) {
    private static final String RESOURCE = "clinical-wording.json";

    /** Copies the lists. */
    ClinicalWording {
        topics = List.copyOf(topics);
        redFlags = new TreeMap<>(redFlags);
        colleagueMarkers = colleagueMarkers == null ? List.of() : List.copyOf(colleagueMarkers);
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

    /**
     * The topic of the text ({@link #topicOf}) refined by the clues of that topic found in the text
     * for that audience: the clues' possibilities come first (topic possibilities they already cover
     * are left out), their specialist, tests, worsening and less serious possibility replace the
     * topic's (the first clue that has one wins) and their advice is collected in order.
     *
     * @param text what the patient or colleague and the record said
     * @param colleague whether a clinician is asking about a patient ({@link #fromColleague})
     */
    Topic assess(String text, boolean colleague) {
        return topicOf(text).refine(text, colleague);
    }

    /** Whether the opening message reads as a clinician presenting a patient (a colleague marker matches). */
    boolean fromColleague(String opening) {
        return colleagueMarkers.stream()
                .anyMatch(marker -> Pattern.compile(marker, Pattern.CASE_INSENSITIVE).matcher(opening).find());
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
     * @param escalation what to do when a red flag gets worse, e.g. "go to the emergency department"
     * @param clues clinical clues that refine the topic (none when absent)
     * @param advice extra advice sentences (none when absent)
     */
    record Topic(String id, List<String> keywords, String subject, List<String> possibilities, String specialist,
            String tests, List<String> questions, String benign, String worsening, String lessSerious,
            String escalation, List<Clue> clues, List<String> advice) {
        private static final int MAX_POSSIBILITIES = 8;

        /** Missing lists are empty. */
        Topic {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            possibilities = List.copyOf(possibilities);
            questions = List.copyOf(questions);
            clues = clues == null ? List.of() : List.copyOf(clues);
            advice = advice == null ? List.of() : List.copyOf(advice);
            escalation = escalation == null || escalation.isBlank() ? "go to the emergency department" : escalation;
        }

        /**
         * The clues found in the text ({@link Clue#foundIn}) for that audience, in topic order, without
         * those that another found clue replaces.
         */
        List<Clue> cluesIn(String text, boolean colleague) {
            String lower = text.toLowerCase(Locale.ROOT);
            List<Clue> found = clues.stream().filter(clue -> clue.foundIn(lower) && clue.speaksTo(colleague)).toList();
            return found.stream()
                    .filter(clue -> found.stream().noneMatch(other -> other.replaces().contains(clue.id())))
                    .toList();
        }

        /** This topic refined by the clues found in the text for that audience; the same topic when there are none. */
        Topic refine(String text, boolean colleague) {
            List<Clue> found = cluesIn(text, colleague);
            if (found.isEmpty()) {
                return this;
            }
            LinkedHashSet<String> merged = new LinkedHashSet<>();
            found.forEach(clue -> merged.addAll(clue.possibilities()));
            String clueText = String.join("\n", merged).toLowerCase(Locale.ROOT);
            possibilities.stream().filter(p -> !clueText.contains(core(p))).forEach(merged::add);
            List<String> refined = new ArrayList<>(merged).subList(0, Math.min(MAX_POSSIBILITIES, merged.size()));
            List<String> allAdvice = new ArrayList<>(advice);
            found.stream().map(Clue::advice).filter(a -> a != null && !a.isBlank()).forEach(allAdvice::add);
            return new Topic(id, keywords, subject, refined,
                    first(found, Clue::specialist, specialist), first(found, Clue::tests, tests), questions, benign,
                    first(found, Clue::worsening, worsening), first(found, Clue::lessSerious, lessSerious),
                    escalation, List.of(), allAdvice);
        }

        /** What a possibility is about, without article and explanation: "a melanoma (...)" gives "melanoma". */
        private static String core(String possibility) {
            String core = possibility.toLowerCase(Locale.ROOT).replaceFirst("^(a|an|the) ", "");
            for (String end : List.of(" (", ",", " such as", " for example", " including")) {
                int at = core.indexOf(end);
                if (at > 0) {
                    core = core.substring(0, at);
                }
            }
            return core.strip();
        }

        private static String first(List<Clue> found, Function<Clue, String> field,
                String fallback) {
            return found.stream().map(field).filter(value -> value != null && !value.isBlank()).findFirst()
                    .orElse(fallback);
        }
    }

    /**
     * A clinical clue within a topic, e.g. ankle swelling on a chest X-ray pointing to the heart.
     * Only {@code keywords} is required.
     *
     * @param id e.g. {@code heart}
     * @param keywords lower-case keywords, any of which selects the clue
     * @param alsoKeywords lower-case keywords of which one must occur too (none: no further condition),
     *     e.g. breathlessness together with smoking
     * @param audience {@code patient} or {@code clinician} when the clue is only for that audience
     *     (absent: for both)
     * @param replaces ids of clues of the same topic that this clue makes irrelevant when both are found
     * @param possibilities possible diagnoses the clue makes more likely, most likely first
     * @param specialist who should see the patient instead of the topic's specialist
     * @param tests the assessment instead of the topic's tests
     * @param worsening what to watch instead of the topic's, for "if ... gets worse"
     * @param lessSerious a less serious possibility instead of the topic's
     * @param advice an extra advice sentence
     */
    record Clue(String id, List<String> keywords, List<String> alsoKeywords, String audience, List<String> replaces,
            List<String> possibilities, String specialist, String tests, String worsening, String lessSerious,
            String advice) {
        /** Missing lists are empty. */
        Clue {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            alsoKeywords = alsoKeywords == null ? List.of() : List.copyOf(alsoKeywords);
            replaces = replaces == null ? List.of() : List.copyOf(replaces);
            possibilities = possibilities == null ? List.of() : List.copyOf(possibilities);
        }

        /** Whether one of the keywords and, if there are any, one of the also-keywords occur in the lower-case text. */
        boolean foundIn(String lower) {
            return keywords.stream().anyMatch(lower::contains)
                    && (alsoKeywords.isEmpty() || alsoKeywords.stream().anyMatch(lower::contains));
        }

        /** Whether the clue is for a colleague ({@code true}) or a patient ({@code false}). */
        boolean speaksTo(boolean colleague) {
            return audience == null || audience.equals(colleague ? "clinician" : "patient");
        }
    }
}
