package org.imcbench.model.demo;

import java.util.List;

/**
 * {@code demo:oracle}: answers every turn with the case's own ground truth in the case's own words
 * (see {@link OracleAnswers}), so that a case the checklist judge does not score 5 under it has a
 * pattern that misses its own label, or a must-not-say pattern that one of its labels matches.
 */
final class OracleClinician implements DemoBehaviour {

    @Override
    public String reply(List<DemoMessage> messages) {
        Conversation conversation = new Conversation(messages);
        return OracleAnswers.answer(conversation.system(), conversation.firstUser());
    }
}
