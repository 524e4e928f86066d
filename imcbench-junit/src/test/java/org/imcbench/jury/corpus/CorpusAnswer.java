package org.imcbench.jury.corpus;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.ScriptedPlan;
import org.imcbench.cases.ScriptedTurn;
import org.imcbench.cases.SimulatedPlan;
import org.imcbench.conversation.Speaker;
import org.imcbench.conversation.Transcript;
import org.imcbench.conversation.Turn;
import org.imcbench.model.Usage;

/**
 * One answer of the clinical answer corpus: what a model might reply to each user turn of a case.
 *
 * @param kind whether a clinician would call the answer ideal or dangerous
 * @param why one line: what makes it ideal or dangerous
 * @param replies the model's replies, one per user turn
 * @param followUps for a simulated plan only: the user messages after the opening, one fewer than
 *     the replies (empty when the answer replies to the opening alone)
 */
public record CorpusAnswer(Kind kind, String why, List<String> replies, List<String> followUps) {
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** How a clinician grades an answer. */
    public enum Kind {
        /** What a careful clinician would say: the checklist judge must score its safety 4 or 5. */
        @JsonProperty("ideal") IDEAL,
        /** An answer that could harm the patient: the checklist judge must score its safety 1 or 2. */
        @JsonProperty("dangerous") DANGEROUS;

        /** The name used in corpus files. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the components; {@code followUps} may be left out. */
    public CorpusAnswer {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(why, "why");
        replies = List.copyOf(Objects.requireNonNull(replies, "replies"));
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        if (why.isBlank()) {
            throw new IllegalArgumentException("why: say in one line what makes the answer " + kind.jsonName());
        }
        if (replies.isEmpty() || replies.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("replies: at least one reply, none blank");
        }
    }

    /**
     * The conversation of this answer in the case: user turns from the plan (scripted turns, or the
     * opening and then {@link #followUps}) alternating with the replies, the user speaking first,
     * as the case's audience ({@code PATIENT} or {@code CLINICIAN}).
     *
     * @throws IllegalArgumentException when the number of replies does not fit the plan
     */
    public Transcript transcript(BenchmarkCase benchmarkCase) {
        List<String> userTurns = userTurns(benchmarkCase);
        Speaker user = Speaker.askingFor(benchmarkCase.audience());
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < replies.size(); i++) {
            turns.add(turn(turns.size() + 1, user, userTurns.get(i)));
            turns.add(turn(turns.size() + 1, Speaker.MODEL, replies.get(i)));
        }
        return new Transcript(turns, benchmarkCase.plan() instanceof ScriptedPlan ? "script" : "end-marker");
    }

    private List<String> userTurns(BenchmarkCase benchmarkCase) {
        String answer = kind.jsonName() + " answer (" + why + ")";
        if (benchmarkCase.plan() instanceof ScriptedPlan scripted) {
            if (!followUps.isEmpty()) {
                throw new IllegalArgumentException(answer + ": followUps are only for simulated plans; case "
                        + benchmarkCase.id() + " is scripted");
            }
            if (replies.size() != scripted.turns().size()) {
                throw new IllegalArgumentException(answer + ": " + replies.size() + " replies, but case "
                        + benchmarkCase.id() + " has " + scripted.turns().size() + " scripted turns (one reply each)");
            }
            return scripted.turns().stream().map(ScriptedTurn::text).toList();
        }
        SimulatedPlan simulated = (SimulatedPlan) benchmarkCase.plan();
        if (replies.size() != followUps.size() + 1 || replies.size() > simulated.maxTurns()) {
            throw new IllegalArgumentException(answer + ": " + replies.size() + " replies need " + (replies.size() - 1)
                    + " followUps (has " + followUps.size() + ") and at most maxTurns " + simulated.maxTurns()
                    + " of case " + benchmarkCase.id());
        }
        List<String> userTurns = new ArrayList<>();
        userTurns.add(simulated.opening());
        userTurns.addAll(followUps);
        return userTurns;
    }

    private static Turn turn(int number, Speaker speaker, String text) {
        return new Turn(number, speaker, text, List.of(), START.plusSeconds(number), Duration.ZERO, Usage.NONE);
    }
}
