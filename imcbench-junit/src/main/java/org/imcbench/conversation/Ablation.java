package org.imcbench.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseImage;
import org.imcbench.cases.PatientProfile;

/**
 * What a variant of a case leaves out of the conversation, to measure what the model gets from it:
 * {@code no-image} (the patient says what each picture shows instead of sending it, and regions and
 * zoom-ins are left out) and/or {@code no-ehr} (the model sees an empty patient record). The jury
 * still judges against the whole case.
 *
 * @param noImage whether the images are left out
 * @param noEhr whether the patient record is left out
 */
public record Ablation(boolean noImage, boolean noEhr) {
    /** The full conversation: nothing left out. */
    public static final Ablation NONE = new Ablation(false, false);

    private static final PatientProfile EMPTY_RECORD = new PatientProfile(null, null, null, null, null, null, null,
            null);

    /**
     * Parses a variant name: {@code no-image}, {@code no-ehr} or both joined by {@code +}.
     *
     * @throws IllegalArgumentException on any other name
     */
    public static Ablation parse(String name) {
        boolean noImage = false;
        boolean noEhr = false;
        for (String part : name.strip().toLowerCase(Locale.ROOT).split("\\+", -1)) {
            switch (part.strip()) {
                case "no-image" -> noImage = true;
                case "no-ehr" -> noEhr = true;
                default -> throw new IllegalArgumentException("unknown ablation '" + part.strip()
                        + "' in '" + name + "': use no-image, no-ehr or no-image+no-ehr");
            }
        }
        return new Ablation(noImage, noEhr);
    }

    /** The variant's name, e.g. {@code no-image}, {@code no-image+no-ehr}; {@code full} for {@link #NONE}. */
    public String name() {
        List<String> parts = new ArrayList<>();
        if (noImage) {
            parts.add("no-image");
        }
        if (noEhr) {
            parts.add("no-ehr");
        }
        return parts.isEmpty() ? "full" : String.join("+", parts);
    }

    /** The record the model under test is given. */
    PatientProfile record(BenchmarkCase benchmarkCase) {
        return noEhr ? EMPTY_RECORD : benchmarkCase.patient();
    }

    /**
     * What the patient says instead of sending an image: the case's description, or a neutral
     * sentence naming the case's modality.
     */
    static String spokenInstead(BenchmarkCase benchmarkCase, CaseImage image) {
        return image.description().orElseGet(() -> "I can't send the picture; it is a "
                + (benchmarkCase.modality() == null ? "clinical" : benchmarkCase.modality()) + " image.");
    }
}
