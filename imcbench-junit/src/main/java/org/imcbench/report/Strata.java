package org.imcbench.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The strata of a suite's cases: {@code malignant}, {@code rare}, and one per value of modality,
 * specialty, audience, urgency and tag, named {@code attribute=value} (e.g. {@code modality=dermoscopy},
 * {@code tag=pediatric}).
 */
public final class Strata {
    private Strata() {
    }

    /** Every stratum of these cases by name, with the test of membership, in a stable order. */
    public static Map<String, Predicate<CaseReport>> of(List<CaseReport> cases) {
        Map<String, Predicate<CaseReport>> strata = new LinkedHashMap<>();
        strata.put("malignant", CaseReport::malignant);
        strata.put("rare", CaseReport::rare);
        addValues(strata, "modality", cases, c -> List.of(c.modality()));
        addValues(strata, "specialty", cases, c -> List.of(c.specialty()));
        addValues(strata, "audience", cases, c -> c.audience() == null ? List.of() : List.of(c.audience()));
        addValues(strata, "urgency", cases, c -> c.urgency() == null ? List.of() : List.of(c.urgency()));
        addValues(strata, "tag", cases, CaseReport::tags);
        return strata;
    }

    private static void addValues(Map<String, Predicate<CaseReport>> strata, String attribute,
            List<CaseReport> cases, Function<CaseReport, List<String>> values) {
        TreeSet<String> distinct = new TreeSet<>();
        cases.forEach(c -> distinct.addAll(values.apply(c)));
        distinct.forEach(value -> strata.put(attribute + "=" + value, c -> values.apply(c).contains(value)));
    }
}
