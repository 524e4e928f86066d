package org.imcbench.model.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The named behaviours of the demo server: {@code careful}, {@code careless}, {@code oracle} and
 * {@code patient}.
 */
public final class DemoBehaviours {
    private static final Map<String, DemoBehaviour> BEHAVIOURS = create();

    private DemoBehaviours() {
    }

    private static Map<String, DemoBehaviour> create() {
        ClinicalWording wording = ClinicalWording.load();
        Map<String, DemoBehaviour> map = new LinkedHashMap<>();
        map.put("careful", new CarefulClinician(wording));
        map.put("careless", new CarelessClinician(wording));
        map.put("oracle", new OracleClinician());
        map.put("patient", new SimulatedPatient());
        return Map.copyOf(map);
    }

    /** The behaviour names, in a fixed order. */
    public static List<String> names() {
        return List.of("careful", "careless", "oracle", "patient");
    }

    /** The behaviour of the given name, if there is one. */
    public static Optional<DemoBehaviour> find(String name) {
        return Optional.ofNullable(name).map(BEHAVIOURS::get);
    }
}
