package org.imcbench.run;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Setting;
import org.imcbench.config.Settings;
import org.imcbench.conversation.Ablation;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Rubric;
import org.imcbench.report.CaseScores;
import org.imcbench.report.Strata;

/**
 * The {@code imcbench.gate.*} keys a configuration sets, each matched to the {@link Settings} form it
 * is written in, and checked so that no gate is silently lost: every key must be of a gate form, name
 * a dimension of the rubric or {@code overall}, a stratum of a known kind, an ablation variant that
 * {@code imcbench.ablations} runs, and a {@code basis} must go with its gate's minimum.
 */
final class GateKeys {
    private static final Map<Setting<?>, Setting<?>> GATE_OF_BASIS = GateKind.boundOfBasis();

    private final List<Key> keys;

    private GateKeys(List<Key> keys) {
        this.keys = keys;
    }

    /**
     * One configured gate key.
     *
     * @param key the key as configured
     * @param form the setting whose form it is written in
     * @param values its placeholder values, e.g. {@code dimension=safety}
     */
    record Key(String key, Setting<?> form, Map<String, String> values) {

        /** The setting of this key's gate in another form, e.g. its {@code basis}. */
        <T> Setting<T> concrete(Setting<T> other) {
            return other.with(values);
        }

        /** The dimension the key names. */
        String dimension() {
            return values.get("dimension");
        }

        /** The ablation variant the key names. */
        String variant() {
            return values.get("variant");
        }

        /** The stratum the key names, as {@link Strata} names it ({@code modality.ct} is {@code modality=ct}). */
        String stratum() {
            return values.get("stratum").replaceFirst("\\.", "=");
        }
    }

    /**
     * The gate keys of a configuration, sorted.
     *
     * @throws ConfigException naming every key that fails a check, where it came from, and what is valid
     */
    static GateKeys read(ImcBenchConfig config, Rubric rubric) {
        List<Setting<?>> forms = Settings.ALL.stream()
                .filter(setting -> setting.key().startsWith(GateOutcome.PREFIX))
                .toList();
        Map<String, String> configured = config.keys(GateOutcome.PREFIX);
        Set<String> dimensions = rubric.dimensions().stream().map(Dimension::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        dimensions.add(CaseScores.OVERALL);
        List<String> variants = Ablations.from(config).stream().map(Ablation::name).toList();
        List<Key> keys = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        configured.forEach((key, origin) -> {
            String named = "configuration '" + key + "' (from " + origin + ")";
            Optional<Key> parsed = forms.stream()
                    .flatMap(form -> form.match(key).map(values -> new Key(key, form, values)).stream())
                    .findFirst();
            if (parsed.isEmpty()) {
                problems.add(named + " is not a gate key; gate keys are "
                        + forms.stream().map(Setting::key).collect(Collectors.joining(", ")));
                return;
            }
            Key gate = parsed.get();
            problem(gate, configured, dimensions, variants, rubric)
                    .ifPresentOrElse(problem -> problems.add(named + " " + problem), () -> keys.add(gate));
        });
        if (!problems.isEmpty()) {
            throw new ConfigException(String.join("\n", problems));
        }
        return new GateKeys(keys);
    }

    private static Optional<String> problem(Key key, Map<String, String> configured, Set<String> dimensions,
            List<String> variants, Rubric rubric) {
        if (key.dimension() != null && !dimensions.contains(key.dimension())) {
            return Optional.of("names dimension '" + key.dimension() + "', which rubric '" + rubric.id()
                    + "' does not have; use one of " + String.join(", ", dimensions));
        }
        if (key.variant() != null && !variants.contains(key.variant())) {
            return Optional.of("names ablation variant '" + key.variant() + "', which " + Settings.ABLATIONS.key()
                    + " does not run; it runs " + (variants.isEmpty() ? "none" : String.join(", ", variants)));
        }
        if (key.values().containsKey("stratum") && !Strata.isWellFormed(key.stratum())) {
            return Optional.of("names stratum '" + key.values().get("stratum") + "'; a stratum is "
                    + String.join(", ", Strata.flags()) + " or " + Strata.attributes().stream()
                            .map(attribute -> attribute + ".<value>").collect(Collectors.joining(", ")));
        }
        Setting<?> gate = GATE_OF_BASIS.get(key.form());
        if (gate != null && !configured.containsKey(key.concrete(gate).key())) {
            return Optional.of("sets the basis of a gate that is not configured: set "
                    + key.concrete(gate).key());
        }
        return Optional.empty();
    }

    /** The keys written in the given form, sorted. */
    List<Key> inForm(Setting<?> form) {
        return keys.stream().filter(key -> key.form().equals(form)).toList();
    }
}
