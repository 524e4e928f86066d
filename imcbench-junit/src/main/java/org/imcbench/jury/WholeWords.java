package org.imcbench.jury;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Compiles the checklist judge's patterns so that they match whole words: a match may neither start nor
 * end inside a word ({@code now} does not match "know", {@code mass} not "massive", {@code refer} not
 * "prefer"). A match that starts or ends with a character that is not a letter or digit is not
 * constrained on that side. To match a stem, a pattern ends in {@code \w*} ({@code seps\w*} matches
 * "sepsis"); to match the end of a compound, it starts with {@code \w*}. Matching is case-insensitive
 * and Unicode-aware ({@code \w} and {@code \b} know every letter); typographic apostrophes count as
 * {@code '}.
 */
final class WholeWords {
    /** Not inside a word: either no letter or digit before, or none after. */
    private static final String EDGE = "(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final Map<List<String>, List<Pattern>> LEXICON_PATTERNS = new ConcurrentHashMap<>();

    private WholeWords() {
    }

    /**
     * A case pattern (a regular expression) matched as whole words.
     *
     * @throws java.util.regex.PatternSyntaxException if it is not a valid regular expression
     */
    static Pattern regex(String regex) {
        Pattern.compile(regex, FLAGS); // reports errors against the pattern as written
        return Pattern.compile(EDGE + "(?:" + regex + ")" + EDGE, FLAGS);
    }

    /** A literal phrase matched as whole words. */
    static Pattern phrase(String phrase) {
        return Pattern.compile(EDGE + Pattern.quote(normalize(phrase)) + EDGE, FLAGS);
    }

    /**
     * A lexicon's fixed list of phrases, each matched as whole words, compiled once per list (the lexicons are
     * loaded once per language, so this holds a few hundred patterns at most; never pass a case's own words).
     */
    static List<Pattern> lexiconPhrases(List<String> phrases) {
        return LEXICON_PATTERNS.computeIfAbsent(phrases, list -> list.stream().map(WholeWords::phrase).toList());
    }

    /** Text as matched: typographic apostrophes made plain. */
    static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
