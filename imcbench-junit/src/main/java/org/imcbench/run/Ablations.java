package org.imcbench.run;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.imcbench.config.ConfigException;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.conversation.Ablation;

/** The ablation variants {@code imcbench.ablations} asks for, in the order given, without repeats. */
public final class Ablations {
    private Ablations() {
    }

    /**
     * The configured variants; empty when none are.
     *
     * @throws ConfigException naming the key on an unknown variant
     */
    public static List<Ablation> from(ImcBenchConfig config) {
        Set<Ablation> variants = new LinkedHashSet<>();
        for (String name : config.find(Settings.ABLATIONS).orElse(List.of())) {
            try {
                variants.add(Ablation.parse(name));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("configuration '" + Settings.ABLATIONS.key() + "': " + e.getMessage());
            }
        }
        return List.copyOf(variants);
    }
}
