package org.imcbench.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.imcbench.cases.Audience;
import org.imcbench.cases.HiddenFact;
import org.imcbench.cases.PatientProfile;
import org.imcbench.cases.Persona;

/**
 * Draws a synthetic patient for an image: age and sex from the dataset row; one or two history
 * entries (with the medications each implies), vitals, labs, the presenting complaint and hidden facts
 * from the tables of the image's primary label; an allergy and a persona from the shared options. The
 * same random source state gives the same patient.
 */
public final class ProfileGenerator {
    /** The history entry that is never drawn together with another. */
    static final String NO_HISTORY = "no significant past medical history";
    private final ProfileTables tables;

    /**
     * @param tables the dataset's profile tables
     */
    public ProfileGenerator(ProfileTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
    }

    /** Whether the tables have the label's options. */
    public boolean covers(String label) {
        return tables.label(label).isPresent();
    }

    /**
     * Draws a patient.
     *
     * @param row the dataset row (age, sex, site)
     * @param truth the image's ground truth (its primary label chooses the table)
     * @param audience who talks to the model under test: a clinician's hidden facts are the patient's words, quoted
     * @param random the seeded source; this call advances it
     * @return the patient
     */
    public GeneratedPatient draw(DatasetRow row, LabelTruth truth, Audience audience, SplittableRandom random) {
        ProfileTables.LabelTable table = tables.label(truth.primary()).orElseThrow(() -> new IllegalArgumentException(
                "no profile table for the label " + truth.primary()));
        String complaint = pick(table.complaints(), random).replace("{site}", site(row));
        List<ProfileTables.HistoryOption> drawn = new ArrayList<>(sample(table.history(),
                1 + random.nextInt(Math.min(2, table.history().size())), random));
        if (drawn.size() > 1) {
            drawn.removeIf(option -> option.entry().equals(NO_HISTORY));
        }
        List<String> history = drawn.stream().map(ProfileTables.HistoryOption::entry).toList();
        List<String> medications = drawn.stream().flatMap(option -> option.medications().stream()).distinct()
                .toList();
        List<String> allergies = List.of(pick(tables.common().allergies(), random));
        PatientProfile profile = new PatientProfile(row.age().isPresent() ? row.age().getAsInt() : null,
                row.sex().orElse(null), history, medications, allergies, draw(table.vitals(), random),
                draw(table.labs(), random), notes(row));
        List<HiddenFact> facts = new ArrayList<>();
        for (ProfileTables.FactOptions options : table.hiddenFacts()) {
            String fact = pick(options.facts(), random);
            facts.add(new HiddenFact(options.topic(), options.cues(),
                    audience == Audience.CLINICIAN ? "The patient says: \"" + fact + "\"" : fact));
        }
        String description = audience == Audience.CLINICIAN
                ? "The patient's doctor, asking for a second read of the image; knows the history and answers "
                        + "questions about the patient from the notes."
                : pick(tables.common().personas(), random);
        return new GeneratedPatient(profile, new Persona(description, facts), complaint);
    }

    /** The goal of the patient side for an audience. */
    public String goal(Audience audience) {
        return tables.common().goals().getOrDefault(audience.jsonName(), "");
    }

    private static String notes(DatasetRow row) {
        return row.view().map(view -> "View position: " + view + ".")
                .orElse(null);
    }

    /** The body site of a skin lesion in everyday words. */
    private static String site(DatasetRow row) {
        String site = row.site().orElse("skin").toLowerCase(Locale.ROOT);
        return switch (site) {
            case "lower extremity" -> "leg";
            case "upper extremity" -> "arm";
            case "acral" -> "hand";
            default -> site;
        };
    }

    private static Map<String, String> draw(Map<String, List<String>> options, SplittableRandom random) {
        Map<String, String> drawn = new LinkedHashMap<>();
        options.forEach((name, values) -> drawn.put(name, pick(values, random)));
        return drawn;
    }

    private static String pick(List<String> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    /** {@code count} distinct options in the table's order. */
    private static <T> List<T> sample(List<T> options, int count, SplittableRandom random) {
        List<Integer> chosen = new ArrayList<>();
        while (chosen.size() < Math.min(count, options.size())) {
            int index = random.nextInt(options.size());
            if (!chosen.contains(index)) {
                chosen.add(index);
            }
        }
        return chosen.stream().sorted().map(options::get).toList();
    }
}
