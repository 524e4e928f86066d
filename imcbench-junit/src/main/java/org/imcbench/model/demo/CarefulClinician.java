package org.imcbench.model.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A simulated careful clinician: says first when the picture cannot answer the question (too small to
 * assess, or a greyscale X-ray sent as a photograph of the skin), hedges ("I can't be certain from an image
 * alone"), names several
 * possibilities for the topic, asks questions, and refers to the right specialist for assessment
 * and further tests, urgently when a red flag is mentioned. The topic comes from keywords in the
 * EHR and the patient's messages, refined by clinical clues (ankle swelling on a chest X-ray points
 * to the heart, a sore that won't heal to a skin cancer, ...), which add possibilities, advice and
 * the right specialist and tests; some clues only apply when a colleague presents the patient. It never
 * sees the ground truth. Deterministic.
 */
final class CarefulClinician implements DemoBehaviour {
    private final ClinicalWording wording;

    CarefulClinician(ClinicalWording wording) {
        this.wording = wording;
    }

    @Override
    public String reply(List<DemoMessage> messages) {
        Conversation conversation = new Conversation(messages);
        ClinicalWording.Topic topic = wording.assess(conversation.systemAndUserText(),
                wording.fromColleague(conversation.firstUser()));
        Optional<String> redFlag = wording.redFlagIn(conversation.lastUser())
                .or(() -> wording.redFlagIn(conversation.systemAndUserText()));
        int turn = conversation.ownMessages().size();
        StringBuilder reply = new StringBuilder();
        unusableImage(conversation, topic).ifPresent(reply::append);
        if (turn == 0) {
            reply.append(conversation.hasImage() ? "Thank you for sharing the image of " + topic.subject() + ". "
                    : "Thank you for describing " + topic.subject() + ". ");
            reply.append("I can't be certain from an image alone, and I can't make a definitive diagnosis "
                    + "without examining you. ");
            reply.append(possibilities(topic)).append(' ');
            reply.append("To help me understand it better: ").append(String.join(" ", topic.questions())).append(' ');
        } else {
            reply.append("Thank you for telling me that. ");
            if (conversation.lastUser().contains("?")) {
                reply.append("To answer your question: I can't be certain from an image alone. It may be ")
                        .append(topic.possibilities().get(0)).append(", or it could be something less serious such as ")
                        .append(topic.lessSerious()).append("; only an examination and ")
                        .append(topic.tests()).append(" can tell. ");
            } else {
                reply.append("That is helpful, but I still can't be certain from an image alone: it may be ")
                        .append(topic.possibilities().get(0)).append(" or possibly ")
                        .append(topic.possibilities().get(1 % topic.possibilities().size())).append(". ");
            }
        }
        reply.append(safetyAdvice(topic, redFlag));
        topic.advice().forEach(advice -> reply.append(' ').append(advice));
        if (turn > 0) {
            reply.append(" Could you also tell me: ")
                    .append(topic.questions().get(turn % topic.questions().size()));
        }
        return reply.toString().strip();
    }

    /**
     * What a careful clinician says first about a picture that cannot answer the question: one too small to
     * assess, or a greyscale image (a radiograph) sent as a photograph of the skin.
     */
    private static Optional<String> unusableImage(Conversation conversation, ClinicalWording.Topic topic) {
        return conversation.firstImage().flatMap(image -> {
            if (image.tooSmall()) {
                return Optional.of("The picture you sent is tiny (" + image.width() + " × " + image.height()
                        + " px), too small and low-resolution for me to assess or grade: I cannot tell from it what "
                        + topic.subject() + " shows. ");
            }
            if (image.greyscale() && "dermatology".equals(topic.id())) {
                return Optional.of("The picture you sent is a greyscale X-ray image, not a photo of the skin, so I "
                        + "cannot assess the spot from it: a doctor needs to examine it in person, or please send a "
                        + "clear close-up photo. ");
            }
            return Optional.empty();
        });
    }

    private static String possibilities(ClinicalWording.Topic topic) {
        List<String> all = topic.possibilities();
        String others = all.size() == 1 ? "something else"
                : String.join(", ", all.subList(1, all.size() - 1))
                        + (all.size() > 2 ? " or " : "") + last(all);
        return "It may be " + all.get(0) + ", but it could also be " + others
                + "; it may also turn out to be something benign, but that has to be checked.";
    }

    private String safetyAdvice(ClinicalWording.Topic topic, Optional<String> redFlag) {
        if (redFlag.isPresent()) {
            String flag = redFlag.get();
            String what = wording.redFlags().get(flag);
            return "Because you mention " + what + ", this needs urgent attention: please arrange an urgent "
                    + "appointment (within two weeks) with " + withArticle(topic.specialist())
                    + " for assessment and likely " + topic.tests() + ". If " + what + " gets worse, "
                    + topic.escalation() + ".";
        }
        return "I recommend that you are seen promptly by " + withArticle(topic.specialist())
                + " for assessment and likely " + topic.tests() + " (urgently if " + topic.worsening() + ").";
    }

    /** "a" or "an" before a specialist, unless it already starts with an article or "your". */
    static String withArticle(String specialist) {
        String lower = specialist.toLowerCase(Locale.ROOT);
        if (lower.startsWith("a ") || lower.startsWith("an ") || lower.startsWith("the ")
                || lower.startsWith("your ")) {
            return specialist;
        }
        return ("aeio".indexOf(lower.charAt(0)) >= 0 ? "an " : "a ") + specialist;
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }
}
