package org.imcbench.model.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A simulated patient. It reads its script from the system message, whose lines (in any order)
 * are {@code PERSONA: ...}, {@code GOAL: ...}, {@code HIDDEN FACT [cue1|cue2]: fact} and
 * {@code END MARKER: [[END]]}; other lines are ignored. Role {@code user} messages come from the
 * clinician, role {@code assistant} messages are its own earlier lines.
 *
 * <p>For the clinician's last message it reveals every hidden fact with a cue in that message
 * (case-insensitive) that it has not revealed before, followed by "What should I do next?". With
 * nothing new to reveal, it thanks the clinician and ends when the message recommends seeing
 * someone or having tests, and otherwise asks "I'm not sure. Is it serious?", ending once it has
 * answered twice without revealing anything. Deterministic.
 */
final class SimulatedPatient implements DemoBehaviour {
    private static final Pattern FACT = Pattern.compile("(?im)^\\s*HIDDEN FACT\\s*\\[([^\\]]*)\\]\\s*:\\s*(.+?)\\s*$");
    private static final Pattern END_MARKER = Pattern.compile("(?im)^\\s*END MARKER\\s*:\\s*(\\S.*?)\\s*$");
    private static final Pattern GOAL = Pattern.compile("(?im)^\\s*GOAL\\s*:\\s*(.+?)\\s*$");
    private static final Pattern RECOMMENDS = Pattern.compile(
            "\\b(see|seen|appointment|refer|referral|referred|specialist|doctor|test|tests|biopsy)\\b");
    private static final String DEFAULT_END = "[[END]]";

    @Override
    public String reply(List<DemoMessage> messages) {
        Conversation conversation = new Conversation(messages);
        String system = conversation.system();
        String end = find(END_MARKER, system, DEFAULT_END);
        List<String> own = conversation.ownMessages().stream().map(DemoMessage::text).toList();
        String clinician = conversation.lastUser();
        if (clinician.isBlank()) {
            return "Hello doctor. " + find(GOAL, system, "I have a question about my health.");
        }
        String lower = clinician.toLowerCase(Locale.ROOT);
        List<String> revealed = new ArrayList<>();
        for (Fact fact : facts(system)) {
            boolean cued = fact.cues().stream().anyMatch(lower::contains);
            boolean before = own.stream().anyMatch(text -> text.contains(fact.text()));
            if (cued && !before && !revealed.contains(fact.text())) {
                revealed.add(fact.text());
            }
        }
        if (!revealed.isEmpty()) {
            return String.join(" ", revealed) + " What should I do next?";
        }
        if (recommendsCare(lower)) {
            return "Thank you, I will do that. " + end;
        }
        int withoutFacts = 1 + answersWithoutFacts(conversation, system);
        return withoutFacts >= 2 ? "I'm not sure. Is it serious? " + end : "I'm not sure. Is it serious?";
    }

    private static boolean recommendsCare(String lower) {
        return RECOMMENDS.matcher(lower).find() && !lower.contains("no need to see");
    }

    /** Own answers to a clinician message that revealed no hidden fact. */
    private static int answersWithoutFacts(Conversation conversation, String system) {
        List<Fact> facts = facts(system);
        int count = 0;
        boolean clinicianSpoke = false;
        for (DemoMessage message : conversation.messages()) {
            if (message.isUser()) {
                clinicianSpoke = true;
            } else if (message.isAssistant() && clinicianSpoke
                    && facts.stream().noneMatch(fact -> message.text().contains(fact.text()))) {
                count++;
            }
        }
        return count;
    }

    private static List<Fact> facts(String system) {
        List<Fact> facts = new ArrayList<>();
        Matcher matcher = FACT.matcher(system);
        while (matcher.find()) {
            List<String> cues = new ArrayList<>();
            for (String cue : matcher.group(1).split("\\|")) {
                if (!cue.isBlank()) {
                    cues.add(cue.strip().toLowerCase(Locale.ROOT));
                }
            }
            facts.add(new Fact(cues, matcher.group(2)));
        }
        return facts;
    }

    private static String find(Pattern pattern, String text, String fallback) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : fallback;
    }

    /** A hidden fact and the cues that reveal it. */
    private record Fact(List<String> cues, String text) {
    }
}
