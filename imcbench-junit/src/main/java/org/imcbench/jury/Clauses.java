package org.imcbench.jury;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a match in the clause and sentence around it, with the words of a {@link ChecklistLexicon}.
 *
 * <ul>
 *   <li><b>Hedged</b>: a negator followed by a hedge taker ("I'm not sure", "I can't tell you") stands
 *       before the match: it is neither stated nor denied.
 *   <li><b>Negated</b>: a negator ("not", "no", "never", a word ending in "n't", ...) is among the
 *       {@code negationWindow} words before the match in its clause, and no negation taker ("wait",
 *       "rule", ...) stands between them — "please don't cancel", "it isn't urgent", "no need to act
 *       now"; but not "don't wait, go to A&amp;E now" or "I can't rule out melanoma". Or a post-negation
 *       follows the match in its clause ("a biopsy is not needed").
 *   <li><b>Conditional</b>: the sentence starts with a conditional word or the clause holds one ("If it
 *       bleeds, go to A&amp;E", "call 999 if you can't breathe"): safety-netting, not a plan.
 * </ul>
 *
 * Sentences end at {@code . ! ?} followed by a space, and at line breaks; clauses end at
 * {@code , ; : ( )}, at dashes between spaces and at the lexicon's clause-break words ("but").
 */
final class Clauses {
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}'&%]+");
    private static final String CLAUSE_CHARS = ",;:()\u2014\u2013";

    private final ChecklistLexicon lexicon;

    Clauses(ChecklistLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** How the match {@code [start, end)} of the text is said, read in its clause. */
    enum Polarity {
        /** Said outright. */
        AFFIRMED,
        /** Under a negated hedge ("I'm not sure it is ..."): possible, neither stated nor denied. */
        HEDGED,
        /** Denied ("it is not ...", "no need to ..."). */
        NEGATED
    }

    /** How the match {@code [start, end)} of the text is said in its clause. */
    Polarity polarity(String text, int start, int end) {
        List<String> before = wordsAfterLastBreak(text.substring(clauseStart(text, start), start));
        List<String> window = before.subList(Math.max(0, before.size() - lexicon.negationWindow()), before.size());
        Polarity polarity = Polarity.AFFIRMED;
        for (int i = 0; i < window.size(); i++) {
            if (!isNegator(window.get(i))) {
                continue;
            }
            List<String> after = window.subList(i + 1, window.size());
            if (after.stream().anyMatch(lexicon.hedgeTakers()::contains)) {
                polarity = Polarity.HEDGED;
            } else if (after.stream().noneMatch(lexicon.negationTakers()::contains)) {
                return Polarity.NEGATED;
            }
        }
        String following = " " + String.join(" ", words(text.substring(end, clauseEnd(text, end)))) + " ";
        return lexicon.postNegations().stream().anyMatch(phrase -> following.contains(" " + lower(phrase) + " "))
                ? Polarity.NEGATED : polarity;
    }

    /** Whether the match starting at {@code start} is in a conditional sentence or clause. */
    boolean conditional(String text, int start) {
        String sentence = " " + String.join(" ", words(text.substring(sentenceStart(text, start), start))) + " ";
        String clause = " " + String.join(" ", words(text.substring(clauseStart(text, start),
                clauseEnd(text, start)))) + " ";
        return lexicon.conditionals().stream().map(Clauses::lower)
                .anyMatch(word -> sentence.startsWith(" " + word + " ") || clause.contains(" " + word + " "));
    }

    private boolean isNegator(String word) {
        return lexicon.negators().contains(word)
                || !lexicon.negatorSuffix().isEmpty() && word.endsWith(lexicon.negatorSuffix());
    }

    private List<String> wordsAfterLastBreak(String clause) {
        List<String> words = words(clause);
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.clauseBreaks().contains(words.get(i))) {
                from = i + 1;
            }
        }
        return words.subList(from, words.size());
    }

    private static List<String> words(String text) {
        return Arrays.stream(WORD_SPLIT.split(lower(text))).filter(word -> !word.isEmpty()).toList();
    }

    private static String lower(String text) {
        return WholeWords.normalize(text).toLowerCase(Locale.ROOT);
    }

    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (sentenceBreak(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            if (sentenceBreak(text, i) || clauseBreak(text, i)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int clauseEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (sentenceBreak(text, i) || clauseBreak(text, i)) {
                return i;
            }
        }
        return text.length();
    }

    /** A line break, or {@code . ! ?} followed by white space or the end. */
    private static boolean sentenceBreak(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        return (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    /** A clause punctuation mark, or a hyphen with spaces on both sides (used as a dash). */
    private static boolean clauseBreak(String text, int i) {
        char c = text.charAt(i);
        if (CLAUSE_CHARS.indexOf(c) >= 0) {
            return true;
        }
        return c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }
}
