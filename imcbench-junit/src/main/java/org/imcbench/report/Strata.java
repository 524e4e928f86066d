package org.imcbench.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The strata of a suite's cases: {@code malignant}, {@code rare}, and one per value of modality,
 * specialty, audience, urgency and tag, named {@code attribute=value} (e.g. {@code modality=dermoscopy},
 * {@code tag=pediatric}).
 */
public final class Strata {
    private static final Map<String, Predicate<CaseReport>> FLAGS = new LinkedHashMap<>();
    private static final Map<String, Function<CaseReport, List<String>>> ATTRIBUTES = new LinkedHashMap<>();

    static {
        FLAGS.put("malignant", CaseReport::malignant);
        FLAGS.put("rare", CaseReport::rare);
        ATTRIBUTES.put("modality", c -> List.of(c.modality()));
        ATTRIBUTES.put("specialty", c -> List.of(c.specialty()));
        ATTRIBUTES.put("audience", c -> c.audience() == null ? List.of() : List.of(c.audience()));
        ATTRIBUTES.put("urgency", c -> c.urgency() == null ? List.of() : List.of(c.urgency()));
        ATTRIBUTES.put("tag", CaseReport::tags);
    }

    private Strata() {
    }

    /** Every stratum of these cases by name, with the test of membership, in a stable order. */
    public static Map<String, Predicate<CaseReport>> of(List<CaseReport> cases) {
        Map<String, TreeSet<String>> distinct = new LinkedHashMap<>();
        ATTRIBUTES.keySet().forEach(attribute -> distinct.put(attribute, new TreeSet<>()));
        for (CaseReport c : cases) {
            ATTRIBUTES.forEach((attribute, values) -> distinct.get(attribute).addAll(values.apply(c)));
        }
        Map<String, Predicate<CaseReport>> strata = new LinkedHashMap<>(FLAGS);
        ATTRIBUTES.forEach((attribute, values) -> distinct.get(attribute).forEach(value ->
                strata.put(attribute + "=" + value, c -> values.apply(c).contains(value))));
        return strata;
    }

    /** The strata named alone, whatever the cases: {@code malignant}, {@code rare}. */
    public static Set<String> flags() {
        return Collections.unmodifiableSet(FLAGS.keySet());
    }

    /** The case attributes with one stratum per value: {@code modality}, {@code specialty}, … {@code tag}. */
    public static Set<String> attributes() {
        return Collections.unmodifiableSet(ATTRIBUTES.keySet());
    }

    /**
     * Whether a name has the form of a stratum, whether or not a case belongs to it: a flag, or a
     * known attribute, {@code =} and a value.
     */
    public static boolean isWellFormed(String stratum) {
        int equals = stratum.indexOf('=');
        return equals < 0 ? FLAGS.containsKey(stratum)
                : ATTRIBUTES.containsKey(stratum.substring(0, equals)) && equals < stratum.length() - 1;
    }
}
