package org.imcbench.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the diagnosis in what the model under test or the patient simulator is given: a case whose
 * patient record, notes, scripted turns, opening message or image descriptions name its diagnosis
 * tells the model the answer, and the checklist judge cannot credit a diagnosis the user already
 * said. The persona, hidden facts and goal are checked too, because the simulated patient may repeat
 * them. A diagnosis pattern (or, without patterns, its label) is looked for from the start of a word,
 * as the checklist judge looks for it. Differentials are not looked for: a patient asking "is it TB or
 * cancer?" is how people talk, and it is not the answer.
 */
public final class LabelLeaks {
    private static final String TO_MODEL = "the model under test is given this";
    private static final String TO_SIMULATOR = "the patient simulator is given this and may say it";

    private LabelLeaks() {
    }

    /**
     * Every place the case gives its diagnosis away, located at the value.
     *
     * @param benchmarkCase the case
     * @return one located warning per leaking value (naming the first pattern that matches)
     */
    public static List<CaseFormatException> of(BenchmarkCase benchmarkCase) {
        List<Pattern> patterns = patterns(benchmarkCase.groundTruth().diagnosis());
        Map<String, Seen> visible = visibleTexts(benchmarkCase);
        String everything = visible.values().stream().map(Seen::text).collect(Collectors.joining("\n"));
        if (patterns.stream().noneMatch(pattern -> pattern.matcher(everything).find())) {
            return List.of();
        }
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

    private static List<Pattern> patterns(Finding diagnosis) {
        List<String> sources = diagnosis.patterns().isEmpty() ? List.of(Pattern.quote(diagnosis.label()))
                : diagnosis.patterns();
        return sources.stream().map(source -> Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + source + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
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
