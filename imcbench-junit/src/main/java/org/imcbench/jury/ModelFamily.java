package org.imcbench.jury;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The model family of a model name, to warn when a judge may favour the model under test because
 * both come from the same family (self-preference). The table is small and by name only:
 *
 * <table>
 *   <caption>families</caption>
 *   <tr><th>family</th><th>names</th></tr>
 *   <tr><td>{@code openai-gpt}</td><td>{@code openai:gpt-*}, {@code openai:o1*}/{@code o3*}/{@code o4*},
 *       {@code openai-compatible:...#gpt-*}</td></tr>
 *   <tr><td>{@code anthropic-claude}</td><td>{@code anthropic:claude-*},
 *       {@code bedrock:[region/][geo.]anthropic.*}</td></tr>
 *   <tr><td>{@code google-gemini}</td><td>{@code gemini:*}, any {@code ...#gemini-*}</td></tr>
 *   <tr><td>{@code amazon-nova}</td><td>{@code bedrock:[region/][geo.]amazon.*}</td></tr>
 *   <tr><td>{@code meta-llama}</td><td>{@code bedrock:...meta.*}, {@code ollama:llama*},
 *       {@code ollama:llava*}, any {@code ...#llama*}</td></tr>
 *   <tr><td>{@code qwen}</td><td>{@code ollama:qwen*}, any {@code ...#qwen*}</td></tr>
 * </table>
 *
 * <p>Offline ({@code checklist}) and {@code demo:} models have no family.
 */
public final class ModelFamily {
    private static final List<Rule> RULES = List.of(
            new Rule("openai-gpt", "openai:(gpt-|o[134]).*|openai-compatible:.*#gpt-.*"),
            new Rule("anthropic-claude", "anthropic:claude-.*|bedrock:(.*/)?([a-z]+\\.)?anthropic\\..*"),
            new Rule("google-gemini", "gemini:.*|.*#gemini-.*"),
            new Rule("amazon-nova", "bedrock:(.*/)?([a-z]+\\.)?amazon\\..*"),
            new Rule("meta-llama", "bedrock:(.*/)?([a-z]+\\.)?meta\\..*|ollama:(llama|llava).*|.*#(meta-)?llama.*"),
            new Rule("qwen", "ollama:qwen.*|.*#qwen.*"));

    private ModelFamily() {
    }

    /** The family of the model name, empty when it is none of the table's. */
    public static Optional<String> of(String modelName) {
        String name = modelName.strip().toLowerCase(Locale.ROOT);
        return RULES.stream().filter(rule -> rule.pattern.matcher(name).matches()).map(rule -> rule.family).findFirst();
    }

    /**
     * The warning for a judge from the model under test's family, or empty when they differ or either
     * has no known family.
     */
    public static Optional<String> sameFamilyWarning(String judge, String modelUnderTest) {
        Optional<String> family = of(judge);
        if (family.isEmpty() || !family.equals(of(modelUnderTest))) {
            return Optional.empty();
        }
        return Optional.of("judge '" + judge + "' is from the same model family (" + family.get()
                + ") as the model under test '" + modelUnderTest + "'; it may favour its own family's answers");
    }

    private record Rule(String family, Pattern pattern) {
        Rule(String family, String regex) {
            this(family, Pattern.compile(regex));
        }
    }
}
