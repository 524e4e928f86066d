package org.imcbench.jury;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.imcbench.cases.Finding;
import org.imcbench.conversation.Transcript;
import org.imcbench.conversation.Turn;

/**
 * Finds patterns in the model's turns of a transcript (patient turns never count). Text is
 * matched case-insensitively; typographic apostrophes count as {@code '}.
 */
final class ModelTurnSearch {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<Turn> modelTurns;

    ModelTurnSearch(Transcript transcript) {
        this.modelTurns = transcript.modelTurns();
    }

    /** Where a pattern was first found. */
    record Hit(int turn, int start, int end, String text) {
        boolean overlaps(Hit other) {
            return turn == other.turn && start < other.end && other.start < end;
        }
    }

    /** The first model turn (in order) in which any of the patterns is found. */
    Optional<Hit> first(List<Pattern> patterns) {
        for (Turn turn : modelTurns) {
            String text = normalize(turn.text());
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    return Optional.of(new Hit(turn.number(), matcher.start(), matcher.end(), matcher.group()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The patterns of a finding: its own regular expressions, or its label matched literally if it
     * has none.
     *
     * @throws PatternSyntaxException if one of them is not a valid regular expression
     */
    static List<Pattern> patterns(Finding finding) {
        if (finding.patterns().isEmpty()) {
            return List.of(Pattern.compile(Pattern.quote(normalize(finding.label())), FLAGS));
        }
        return finding.patterns().stream().map(regex -> Pattern.compile(regex, FLAGS)).toList();
    }

    /** A phrase matched as whole words (no letter or digit directly before or after it). */
    static Pattern phrase(String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(normalize(phrase)) + "(?![\\p{L}\\p{N}])", FLAGS);
    }

    private static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
