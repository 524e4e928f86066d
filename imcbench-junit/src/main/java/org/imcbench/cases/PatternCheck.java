package org.imcbench.cases;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Whether a finding's regular expression compiles, remembered for up to {@value #REMEMBERED} expressions:
 * a suite repeats the same patterns (safety actions, red flags) in case after case, and compiling each
 * again was most of the time spent checking them. Only the verdict is kept, not the compiled pattern.
 * Thread-safe.
 */
final class PatternCheck {
    /** How many expressions are remembered; past that, the memory starts over. */
    static final int REMEMBERED = 4096;
    private static final Map<String, Optional<String>> KNOWN = new ConcurrentHashMap<>();

    private PatternCheck() {
    }

    /**
     * Why an expression does not compile (case-insensitive, as the checklist judge compiles it).
     *
     * @param regex the expression
     * @return the problem, e.g. {@code invalid regular expression: Unclosed group}; empty when it compiles
     */
    static Optional<String> problem(String regex) {
        Optional<String> known = KNOWN.get(regex);
        if (known != null) {
            return known;
        }
        Optional<String> problem;
        try {
            Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            problem = Optional.empty();
        } catch (PatternSyntaxException e) {
            problem = Optional.of("invalid regular expression: " + e.getDescription());
        }
        if (KNOWN.size() >= REMEMBERED) {
            KNOWN.clear();
        }
        KNOWN.put(regex, problem);
        return problem;
    }
}
