package org.imcbench.jury;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.imcbench.conversation.Speaker;
import org.imcbench.conversation.Transcript;

/**
 * Finds patterns in the model's turns of a transcript, reading each match in its clause
 * ({@link Clauses}): whether it is negated and whether it is conditional. The user's turns (patient or
 * clinician, the opening included) never count, and a pattern they already match earns the model no
 * credit ({@link #credited}).
 */
final class ModelTurnSearch {
    private static final String CLAUSE_END = "[,;:().!?\\n\u2013\u2014]";
    private static final Pattern NEXT_WORD = Pattern.compile("[\\p{L}\\p{N}'&%-]+");

    /** The model's turns, each with its text normalized once ({@link WholeWords#normalize}). */
    private final List<ModelTurn> modelTurns;
    private final List<String> userTexts;
    private final Clauses clauses;

    ModelTurnSearch(Transcript transcript, ChecklistLexicon lexicon) {
        this.modelTurns = transcript.modelTurns().stream()
                .map(turn -> new ModelTurn(turn.number(), WholeWords.normalize(turn.text()))).toList();
        this.userTexts = transcript.turns().stream().filter(turn -> turn.speaker() != Speaker.MODEL)
                .map(turn -> WholeWords.normalize(turn.text())).toList();
        this.clauses = new Clauses(lexicon);
    }

    /** A model turn's number and its normalized text. */
    private record ModelTurn(int number, String text) {
    }

    /**
     * One match in a model turn.
     *
     * @param turn the turn's number
     * @param start where the match starts in the turn's text
     * @param end where it ends
     * @param text the matched words
     * @param polarity whether it is affirmed, hedged or negated in its clause
     * @param conditional whether its sentence or clause is conditional ("if ...")
     */
    record Hit(int turn, int start, int end, String text, Clauses.Polarity polarity, boolean conditional) {
        boolean negated() {
            return polarity == Clauses.Polarity.NEGATED;
        }

        boolean affirmed() {
            return polarity == Clauses.Polarity.AFFIRMED;
        }

        boolean hedged() {
            return polarity == Clauses.Polarity.HEDGED;
        }

        boolean overlaps(Hit other) {
            return turn == other.turn && start < other.end && other.start < end;
        }
    }

    /**
     * The first match that is not negated (affirmed, or hedged as a possibility) of a pattern the user has
     * not already said, in the model's turns in order: what earns credit.
     */
    Optional<Hit> credited(List<Pattern> patterns) {
        return first(unsaid(patterns), hit -> !hit.negated());
    }

    /** The first negated match of a pattern the user has not already said ("it isn't urgent"). */
    Optional<Hit> negated(List<Pattern> patterns) {
        return first(unsaid(patterns), Hit::negated);
    }

    /** The first match, negated or not, of a pattern the user has not already said. */
    Optional<Hit> mentioned(List<Pattern> patterns) {
        return first(unsaid(patterns), hit -> true);
    }

    /**
     * The first affirmed match (neither negated nor hedged), whoever said the words first: what the model
     * states.
     */
    Optional<Hit> stated(List<Pattern> patterns) {
        return first(patterns, Hit::affirmed);
    }

    /** The first words the user said that one of the patterns matches, if any: why they earn no credit. */
    Optional<String> saidByUser(List<Pattern> patterns) {
        for (String text : userTexts) {
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether one of the phrases starts within the first {@code words} words after the hit, in its clause
     * ("definitely <b>be seen</b>").
     */
    boolean followedBy(Hit hit, List<Pattern> phrases, int words) {
        String text = modelTurns.stream().filter(turn -> turn.number() == hit.turn()).findFirst()
                .map(ModelTurn::text).orElse("");
        String rest = text.substring(hit.end()).split(CLAUSE_END, 2)[0];
        Matcher word = NEXT_WORD.matcher(rest);
        int limit = rest.length();
        for (int i = 0; i < words && word.find(); i++) {
            limit = word.end();
        }
        String following = rest.substring(0, limit);
        return phrases.stream().anyMatch(phrase -> phrase.matcher(following).find());
    }

    /** Every match of the patterns that satisfies the condition, in turn and text order per pattern. */
    List<Hit> all(List<Pattern> patterns, Predicate<Hit> condition) {
        return hits(patterns, condition, Integer.MAX_VALUE);
    }

    /** The first match that {@link #all} would give, found without looking further. */
    Optional<Hit> first(List<Pattern> patterns, Predicate<Hit> condition) {
        return hits(patterns, condition, 1).stream().findFirst();
    }

    private List<Hit> hits(List<Pattern> patterns, Predicate<Hit> condition, int most) {
        List<Hit> hits = new ArrayList<>();
        for (ModelTurn turn : modelTurns) {
            String text = turn.text();
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    Hit hit = hit(turn, text, matcher);
                    if (condition.test(hit)) {
                        hits.add(hit);
                        if (hits.size() == most) {
                            return hits;
                        }
                    }
                }
            }
        }
        return hits;
    }

    private Hit hit(ModelTurn turn, String text, Matcher matcher) {
        return new Hit(turn.number(), matcher.start(), matcher.end(), matcher.group(),
                clauses.polarity(text, matcher.start(), matcher.end()), clauses.conditional(text, matcher.start()));
    }

    /** The patterns that match nothing the user said. */
    private List<Pattern> unsaid(List<Pattern> patterns) {
        return patterns.stream().filter(pattern -> userTexts.stream().noneMatch(text -> pattern.matcher(text).find()))
                .toList();
    }
}
