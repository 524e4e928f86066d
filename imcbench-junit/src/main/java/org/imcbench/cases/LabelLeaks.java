package org.imcbench.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Finds the diagnosis in what the model under test or the patient simulator is given: a case whose
 * patient record, notes, scripted turns, opening message or image descriptions name its diagnosis
 * tells the model the answer, and the checklist judge cannot credit a diagnosis the user already
 * said. The persona, hidden facts and goal are checked too, because the simulated patient may repeat
 * them. A diagnosis pattern (or, without patterns, its label) is looked for from the start of a word,
 * as the checklist judge looks for it. Differentials are not looked for: a patient asking "is it TB or
 * cancer?" is how people talk, and it is not the answer.
 *
 * <p>An instance reviews the cases of one reading (a {@link CaseValidator}'s, or a suite's run): it compiles each diagnosis's
 * patterns once, for up to {@value #REMEMBERED} diagnoses, since a suite has the same diagnosis in many
 * cases. Thread-safe.
 */
public final class LabelLeaks {
    /** How many diagnoses' compiled patterns are remembered; past that, the memory starts over. */
    static final int REMEMBERED = 256;
    private static final String TO_MODEL = "the model under test is given this";
    private static final String TO_SIMULATOR = "the patient simulator is given this and may say it";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A back-reference ({@code \1}, {@code \k<name>}) would name another group once patterns are joined. */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

    private final Map<Finding, Diagnosis> compiled = new ConcurrentHashMap<>();

    /** A review that has compiled no diagnosis yet. */
    public LabelLeaks() {
    }

    /**
     * Every place the case gives its diagnosis away, located at the value; the diagnosis's patterns are compiled
     * once for the cases of this review.
     *
     * @param benchmarkCase the case
     * @return one located warning per leaking value (naming the first pattern that matches)
     */
    public List<CaseFormatException> review(BenchmarkCase benchmarkCase) {
        Diagnosis diagnosis = diagnosis(benchmarkCase.groundTruth().diagnosis());
        Map<String, Seen> visible = visibleTexts(benchmarkCase);
        String everything = visible.values().stream().map(Seen::text).collect(Collectors.joining("\n"));
        if (!diagnosis.anywhere(everything)) {
            return List.of();
        }
        List<Pattern> patterns = diagnosis.patterns();
        List<CaseFormatException> leaks = new ArrayList<>();
        visible.forEach((pointer, seen) -> {
            for (int i = 0; i < patterns.size(); i++) {
                Matcher matcher = patterns.get(i).matcher(seen.text());
                if (matcher.find()) {
                    String which = benchmarkCase.groundTruth().diagnosis().patterns().isEmpty()
                            ? "its label" : "/groundTruth/diagnosis/patterns/" + i;
                    leaks.add(benchmarkCase.locations().error(pointer, "gives the diagnosis away: '"
                            + matcher.group() + "' matches " + which + "; " + seen.reader()));
                    return;
                }
            }
        });
        return leaks;
    }

    private Diagnosis diagnosis(Finding finding) {
        Diagnosis known = compiled.get(finding);
        if (known != null) {
            return known;
        }
        Diagnosis diagnosis = Diagnosis.of(finding);
        if (compiled.size() >= REMEMBERED) {
            compiled.clear();
        }
        compiled.put(finding, diagnosis);
        return diagnosis;
    }

    /**
     * A diagnosis's patterns, each from the start of a word, and (when they can be joined) all of them in one
     * pattern, so that a text without the diagnosis is searched once rather than once per pattern.
     */
    private record Diagnosis(List<Pattern> patterns, Optional<Pattern> joined) {
        static Diagnosis of(Finding diagnosis) {
            List<String> sources = diagnosis.patterns().isEmpty() ? List.of(Pattern.quote(diagnosis.label()))
                    : diagnosis.patterns();
            List<Pattern> patterns = sources.stream()
                    .map(source -> Pattern.compile(WORD_START + "(?:" + source + ")", FLAGS)).toList();
            Optional<Pattern> joined = Optional.empty();
            if (patterns.size() > 1 && sources.stream().noneMatch(source -> BACK_REFERENCE.matcher(source).find())) {
                try {
                    joined = Optional.of(Pattern.compile(WORD_START + sources.stream()
                            .map(source -> "(?:" + source + ")").collect(Collectors.joining("|", "(?:", ")")), FLAGS));
                } catch (PatternSyntaxException e) {
                    // e.g. two patterns name the same group: each pattern searches on its own
                }
            }
            return new Diagnosis(patterns, joined);
        }

        /** Whether any pattern matches somewhere in the text: the joined pattern, or each in turn. */
        boolean anywhere(String text) {
            return joined.map(pattern -> pattern.matcher(text).find())
                    .orElseGet(() -> patterns.stream().anyMatch(pattern -> pattern.matcher(text).find()));
        }
    }

    /** The texts the model under test or the simulator sees, by JSON pointer: patient, images, plan, persona. */
    private static Map<String, Seen> visibleTexts(BenchmarkCase benchmarkCase) {
        Map<String, Seen> texts = new LinkedHashMap<>();
        PatientProfile patient = benchmarkCase.patient();
        put(texts, "/patient/sex", patient.sex(), TO_MODEL);
        putAll(texts, "/patient/history/", patient.history());
        putAll(texts, "/patient/medications/", patient.medications());
        putAll(texts, "/patient/allergies/", patient.allergies());
        patient.vitals().forEach((name, value) -> put(texts, "/patient/vitals/" + name, name + " " + value, TO_MODEL));
        patient.labs().forEach((name, value) -> put(texts, "/patient/labs/" + name, name + " " + value, TO_MODEL));
        put(texts, "/patient/notes", patient.notes(), TO_MODEL);
        for (int i = 0; i < benchmarkCase.images().size(); i++) {
            put(texts, "/images/" + i + "/description", benchmarkCase.images().get(i).description().orElse(null),
                    TO_MODEL);
        }
        if (benchmarkCase.plan() instanceof ScriptedPlan scripted) {
            for (int i = 0; i < scripted.turns().size(); i++) {
                put(texts, "/plan/turns/" + i, scripted.turns().get(i).text(), TO_MODEL);
            }
        } else if (benchmarkCase.plan() instanceof SimulatedPlan simulated) {
            put(texts, "/plan/opening", simulated.opening(), TO_MODEL);
            put(texts, "/plan/goal", simulated.goal(), TO_SIMULATOR);
        }
        put(texts, "/persona/description", benchmarkCase.persona().description(), TO_SIMULATOR);
        List<HiddenFact> facts = benchmarkCase.persona().hiddenFacts();
        for (int i = 0; i < facts.size(); i++) {
            put(texts, "/persona/hiddenFacts/" + i + "/fact", facts.get(i).fact(), TO_SIMULATOR);
        }
        return texts;
    }

    private static void putAll(Map<String, Seen> texts, String pointer, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            put(texts, pointer + i, values.get(i), TO_MODEL);
        }
    }

    private static void put(Map<String, Seen> texts, String pointer, String text, String reader) {
        if (text != null && !text.isBlank()) {
            texts.put(pointer, new Seen(text, reader));
        }
    }

    /** A text and who is given it. */
    private record Seen(String text, String reader) {
    }
}
