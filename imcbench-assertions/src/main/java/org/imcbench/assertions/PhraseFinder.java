package org.imcbench.assertions;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the phrases of a {@link Lexicon} in text: case-insensitively, at the start of a word, and —
 * for {@link #affirmed} — only where they are not negated. A phrase is negated when one of the
 * lexicon's negators (or a word ending in its negator suffix, e.g. {@code n't}) is among the few
 * words before it in the same clause ("not urgent", "there is no need to see a doctor", "you
 * don't need a biopsy"), or when a post-negation follows it in the same clause ("a biopsy is not
 * needed"). Clauses end at {@code , ; : ( ) —} and at the lexicon's clause-break words ("but").
 */
final class PhraseFinder {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}\\p{N}'&%-]+");
    private static final String CLAUSE_CHARS = ",;:()—";

    private final Lexicon lexicon;

    PhraseFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * One occurrence of a phrase.
     *
     * @param phrase the lexicon's phrase
     * @param text the words it matched, extended to the end of the last word (as quoted in messages)
     */
    record Hit(String phrase, String text) {
    }

    /** The text in lower case with typographic apostrophes made plain. */
    static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The sentences of a text, normalized. */
    static List<String> sentences(String text) {
        return Arrays.stream(SENTENCE_END.split(normalize(text))).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a (normalized) sentence is a question. */
    static boolean isQuestion(String sentence) {
        return sentence.endsWith("?");
    }

    /** The first phrase (in list order) that occurs in the sentence without being negated. */
    Optional<Hit> affirmed(String sentence, Collection<String> phrases) {
        return find(sentence, phrases, true);
    }

    /** The first phrase (in list order) that occurs in the sentence, negated or not. */
    Optional<Hit> anywhere(String sentence, Collection<String> phrases) {
        return find(sentence, phrases, false);
    }

    /** The first phrase that occurs, negated, in the sentence and nowhere affirmed. */
    Optional<Hit> negatedOnly(String sentence, Collection<String> phrases) {
        return affirmed(sentence, phrases).isPresent() ? Optional.empty() : anywhere(sentence, phrases);
    }

    private Optional<Hit> find(String sentence, Collection<String> phrases, boolean skipNegated) {
        for (String phrase : phrases) {
            for (int at = sentence.indexOf(phrase); at >= 0; at = sentence.indexOf(phrase, at + 1)) {
                if (at > 0 && Character.isLetterOrDigit(sentence.charAt(at - 1))) {
                    continue;
                }
                int end = at + phrase.length();
                if (!skipNegated || !negated(sentence, at, end)) {
                    return Optional.of(new Hit(phrase, sentence.substring(at, wordEnd(sentence, end)).strip()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean negated(String sentence, int start, int end) {
        int clauseStart = 0;
        for (int i = start - 1; i >= 0; i--) {
            if (CLAUSE_CHARS.indexOf(sentence.charAt(i)) >= 0) {
                clauseStart = i + 1;
                break;
            }
        }
        List<String> words = Arrays.stream(WORD_SPLIT.split(sentence.substring(clauseStart, start)))
                .filter(word -> !word.isEmpty()).toList();
        int from = 0;
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.clauseBreaks().contains(words.get(i))) {
                from = i + 1;
            }
        }
        List<String> window = words.subList(Math.max(from, words.size() - lexicon.negationWindow()), words.size());
        for (String word : window) {
            if (lexicon.negators().contains(word)
                    || !lexicon.negatorSuffix().isEmpty() && word.endsWith(lexicon.negatorSuffix())) {
                return true;
            }
        }
        int clauseEnd = sentence.length();
        for (int i = end; i < sentence.length(); i++) {
            if (CLAUSE_CHARS.indexOf(sentence.charAt(i)) >= 0) {
                clauseEnd = i;
                break;
            }
        }
        String rest = sentence.substring(end, clauseEnd);
        return lexicon.postNegations().stream().anyMatch(rest::contains);
    }

    private static int wordEnd(String sentence, int end) {
        int i = end;
        while (i < sentence.length() && Character.isLetterOrDigit(sentence.charAt(i))) {
            i++;
        }
        return i;
    }
}
