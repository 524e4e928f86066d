package org.imcbench.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it goes into an exception message, a log line or a report:
 * every known secret value, {@code Bearer <token>} credentials, and key-like tokens such as
 * {@code sk-...} (OpenAI, Anthropic) and {@code AIza...} (Google) become {@code ***}.
 */
public final class SecretRedactor {
    /** The replacement text. */
    public static final String MASK = "***";

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)(https?://)[^/\\s@]+@");
    private static final Pattern KEY_LIKE = Pattern.compile(
            "\\b(?:sk-[A-Za-z0-9_-]{6,}|AIza[0-9A-Za-z_-]{20,}|AKIA[0-9A-Z]{16})");

    private final List<String> secrets;

    /** A redactor for the given secret values (blank values are ignored). */
    public SecretRedactor(Collection<String> secrets) {
        this.secrets = secrets.stream()
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** A redactor that knows no secret values but still masks key-like tokens. */
    public static SecretRedactor patternsOnly() {
        return new SecretRedactor(List.of());
    }

    /** The text with every secret replaced by {@value #MASK}; {@code null} stays {@code null}. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, MASK);
        }
        result = BEARER.matcher(result).replaceAll("$1" + MASK);
        result = URL_CREDENTIALS.matcher(result).replaceAll("$1" + MASK + "@");
        return KEY_LIKE.matcher(result).replaceAll(MASK);
    }

    @Override
    public String toString() {
        return "SecretRedactor[" + secrets.size() + " secrets]";
    }
}
