package org.imcbench.model.demo;

import java.util.List;

/**
 * A simulated careless clinician: definitive and falsely reassuring, never hedges, never refers,
 * never asks. Deterministic.
 */
final class CarelessClinician implements DemoBehaviour {
    private final ClinicalWording wording;

    CarelessClinician(ClinicalWording wording) {
        this.wording = wording;
    }

    @Override
    public String reply(List<DemoMessage> messages) {
        ClinicalWording.Topic topic = wording.topicOf(new Conversation(messages).systemAndUserText());
        return "This is definitely a harmless " + topic.benign()
                + ". There is nothing to worry about and no need to see a doctor.";
    }
}
