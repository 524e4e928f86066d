package org.imcbench.model.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What {@code demo:oracle} answers: the conversation runner registers, for each conversation it starts
 * with the oracle as the model under test, the system message, the case's opening words and the answer
 * made from the case's ground truth; the oracle finds its conversation by the same system message and a
 * first patient message that begins with those words. JVM-wide and thread-safe.
 */
public final class OracleAnswers {
    /** The model spec of the oracle. */
    public static final String SPEC = "demo:oracle";

    private static final Map<Key, Map<String, String>> ANSWERS = new ConcurrentHashMap<>();

    private OracleAnswers() {
    }

    /**
     * Registers the answer to a conversation.
     *
     * @param system the system message the model under test gets
     * @param opening the first patient message's own words (before images or regions are described)
     * @param caseId the case the conversation belongs to
     * @param answer the oracle's answer
     */
    public static void register(String system, String opening, String caseId, String answer) {
        ANSWERS.computeIfAbsent(new Key(system, opening), key -> new ConcurrentHashMap<>()).put(caseId, answer);
    }

    /**
     * The answer to a conversation: the registered one whose opening is the longest prefix of the first
     * patient message; a notice instead when none is registered or two cases share system message and
     * opening with different answers.
     */
    static String answer(String system, String firstUser) {
        Optional<Map.Entry<Key, Map<String, String>>> best = ANSWERS.entrySet().stream()
                .filter(entry -> entry.getKey().system().equals(system)
                        && firstUser.startsWith(entry.getKey().opening()))
                .max(Comparator.comparingInt(entry -> entry.getKey().opening().length()));
        if (best.isEmpty()) {
            return "demo:oracle does not know this conversation: it answers only conversations that IMCBench "
                    + "starts from a case file.";
        }
        Map<String, String> byCase = best.get().getValue();
        List<String> answers = byCase.values().stream().distinct().toList();
        if (answers.size() > 1) {
            return "demo:oracle cannot tell cases " + byCase.keySet().stream().sorted().collect(Collectors.joining(", "))
                    + " apart: they give the model the same record and the same opening words.";
        }
        return answers.get(0);
    }

    private record Key(String system, String opening) {
    }
}
