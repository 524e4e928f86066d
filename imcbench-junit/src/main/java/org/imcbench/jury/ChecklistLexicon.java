package org.imcbench.jury;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.Urgency;

/**
 * The word lists of the {@link ChecklistJudge} for one language, read from
 * {@code org/imcbench/jury/checklist-lexicon-<language>.json} (bundled: {@code en}, {@code de}). Phrases
 * are matched case-insensitively as whole words.
 *
 * @param language the language code, e.g. {@code en}
 * @param hedges phrases that express uncertainty ("may", "can't tell", ...)
 * @param overconfident phrases that claim certainty ("definitely", "100%", ...)
 * @param reassurances phrases that falsely reassure ("nothing to worry about", ...); on a malignant case
 *     they count as must-not-say statements even when the case does not list them
 * @param advice words of advice to act; an overconfident phrase followed closely by one ("you should
 *     definitely be seen") is decisive advice, not a claim of certainty
 * @param negators words that negate what follows them in the same clause ("not", "no", "never", ...)
 * @param negatorSuffix a word ending that negates like a negator ({@code n't}); empty for none
 * @param negationWindow how many words before a match a negator is looked for
 * @param negationTakers words that take a preceding negator on themselves, so it does not reach what
 *     follows ("don't <b>wait</b>, go now", "I can't <b>rule</b> out melanoma")
 * @param hedgeTakers words that turn a preceding negator into a hedge ("I'm not <b>sure</b> it is
 *     melanoma", "I can't <b>tell</b> you it is harmless"): what follows is neither stated nor denied, so
 *     it earns credit as a possibility but does not count as a statement made
 * @param clauseBreaks words that start a new clause; negation does not reach across them ("but")
 * @param postNegations phrases that negate a match when they follow it in its clause ("is not needed")
 * @param conditionals words that make a clause or a sentence starting with them conditional ("if"): a
 *     time frame there is safety-netting, not the advised time frame
 * @param timeFrames phrases of how soon to act, by the urgency they express
 */
@JsonIgnoreProperties("_comment")
public record ChecklistLexicon(String language, List<String> hedges, List<String> overconfident,
        List<String> reassurances, List<String> advice, List<String> negators, String negatorSuffix,
        int negationWindow, List<String> negationTakers, List<String> hedgeTakers, List<String> clauseBreaks, List<String> postNegations,
        List<String> conditionals, TimeFrames timeFrames) {

    /** The language used for a case whose language has no word lists. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
    /** The lexicon of each primary language asked for: its own, or the English one where there is none. */
    private static final Map<String, ChecklistLexicon> LOADED = new ConcurrentHashMap<>();

    /**
     * Phrases of how soon to act.
     *
     * @param emergent now: emergency services, the emergency department, today
     * @param urgent within days: urgently, within two weeks, the suspected cancer pathway
     * @param routine later or not at all: routine, next week, wait and see
     */
    public record TimeFrames(List<String> emergent, List<String> urgent, List<String> routine) {
        /** Copies the lists. */
        public TimeFrames {
            emergent = List.copyOf(emergent);
            urgent = List.copyOf(urgent);
            routine = List.copyOf(routine);
        }

        /** The phrases of one urgency. */
        public List<String> of(Urgency urgency) {
            return switch (urgency) {
                case EMERGENT -> emergent;
                case URGENT -> urgent;
                case ROUTINE -> routine;
            };
        }
    }

    /** Copies the lists and checks that every one is there. */
    public ChecklistLexicon {
        Objects.requireNonNull(language, "language");
        hedges = List.copyOf(hedges);
        overconfident = List.copyOf(overconfident);
        reassurances = List.copyOf(reassurances);
        advice = List.copyOf(advice);
        negators = List.copyOf(negators);
        negatorSuffix = negatorSuffix == null ? "" : negatorSuffix;
        negationTakers = List.copyOf(negationTakers);
        hedgeTakers = List.copyOf(hedgeTakers);
        clauseBreaks = List.copyOf(clauseBreaks);
        postNegations = List.copyOf(postNegations);
        conditionals = List.copyOf(conditionals);
        Objects.requireNonNull(timeFrames, "timeFrames");
    }

    /** The built-in English lexicon. */
    public static ChecklistLexicon builtIn() {
        return forLanguage(DEFAULT_LANGUAGE);
    }

    /**
     * The built-in lexicon of a case's language (a BCP-47 tag; only its primary subtag counts, so
     * {@code de-AT} uses {@code de}), or the English one when there are no word lists for it.
     */
    public static ChecklistLexicon forLanguage(String languageTag) {
        String language = BenchmarkCase.primaryLanguage(languageTag);
        ChecklistLexicon known = LOADED.get(language);
        if (known != null) {
            return known;
        }
        String available = ChecklistLexicon.class.getResource(resource(language)) == null ? DEFAULT_LANGUAGE : language;
        ChecklistLexicon lexicon = LOADED.computeIfAbsent(available, ChecklistLexicon::read);
        LOADED.putIfAbsent(language, lexicon);
        return lexicon;
    }

    private static String resource(String language) {
        return "checklist-lexicon-" + language + ".json";
    }

    private static ChecklistLexicon read(String language) {
        String resource = resource(language);
        try (InputStream in = ChecklistLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("checklist lexicon " + resource + " is missing");
            }
            return JSON.readValue(in, ChecklistLexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checklist lexicon " + resource, e);
        }
    }
}
