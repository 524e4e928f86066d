package org.imcbench.model.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoBehavioursTest {
    private static final String SCRIPT = """
            You are role-playing a patient. Keep answers short.
            END MARKER: [[END]]
            HIDDEN FACT [smoke|cigarette]: I have smoked twenty a day for thirty years.
            PERSONA: Tom, 67
            SOMETHING ELSE: ignored
            HIDDEN FACT [weight|appetite]: I have lost about six kilos without trying.
            GOAL: understand the X-ray
            """;

    private final DemoBehaviour careful = DemoBehaviours.find("careful").orElseThrow();
    private final DemoBehaviour careless = DemoBehaviours.find("careless").orElseThrow();
    private final DemoBehaviour patient = DemoBehaviours.find("patient").orElseThrow();

    private static DemoMessage system(String text) {
        return new DemoMessage("system", text, 0);
    }

    private static DemoMessage user(String text) {
        return new DemoMessage("user", text, 0);
    }

    private static DemoMessage userWithImage(String text) {
        return new DemoMessage("user", text, 1);
    }

    private static DemoMessage assistant(String text) {
        return new DemoMessage("assistant", text, 0);
    }

    @Test
    void carefulPicksTheTopicAndRefersToTheRightSpecialist() {
        String chest = careful.reply(List.of(userWithImage("Here is my chest x-ray, I have a cough.")));
        assertThat(chest).contains("pneumonia", "pleural effusion", "pneumothorax", "cardiomegaly",
                "chest (respiratory) physician", "CT", "I can't be certain", "?", "urgently")
                .doesNotContain("emergency department");
        assertThat(careful.reply(List.of(userWithImage("My retina photo from the fundus camera"))))
                .contains("diabetic retinopathy", "ophthalmologist");
        assertThat(careful.reply(List.of(userWithImage("blood smear, I feel tired"))))
                .contains("hairy cell", "acute myeloid leukaemia", "haematologist", "full blood count", "bone-marrow");
        assertThat(careful.reply(List.of(system("You review histology slides."), userWithImage("What is this?"))))
                .contains("small cell carcinoma", "sarcoidosis", "oncology");
    }

    @Test
    void carefulTreatsRedFlagsAsUrgentAndKeepsHedgingLater() {
        List<DemoMessage> first = List.of(userWithImage("A mole on my arm."));
        String opening = careful.reply(first);
        assertThat(opening).contains("melanoma", "dermatologist", "biopsy", "How long have you had it?");
        String later = careful.reply(List.of(first.get(0), assistant(opening),
                user("It has been growing for a month. Is it cancer?")));
        assertThat(later).contains("To answer your question", "I can't be certain", "urgent appointment (within two weeks)",
                "If the growth gets worse, go to the emergency department", "?");
        assertThat(careful.reply(List.of(first.get(0), assistant(opening), user("It has been growing."))))
                .isEqualTo(careful.reply(List.of(first.get(0), assistant(opening), user("It has been growing."))));
    }

    @Test
    void carelessNeverHedges() {
        String reply = careless.reply(List.of(userWithImage("chest x-ray, short of breath")));
        assertThat(reply).isEqualTo("This is definitely a harmless shadow from a healed old infection. "
                + "There is nothing to worry about and no need to see a doctor.");
    }

    @Test
    void patientRevealsOnlyCuedFactsOnce() {
        String reply = patient.reply(List.of(system(SCRIPT), user("Do you SMOKE? Any change in weight?")));
        assertThat(reply).isEqualTo("I have smoked twenty a day for thirty years. "
                + "I have lost about six kilos without trying. What should I do next?");
        String again = patient.reply(List.of(system(SCRIPT), user("Do you smoke?"), assistant(reply),
                user("And cigarettes, how many?")));
        assertThat(again).isEqualTo("I'm not sure. Is it serious?");
    }

    @Test
    void patientEndsAfterTwoAnswersWithoutNewFacts() {
        String reply = patient.reply(List.of(system(SCRIPT), user("Hmm."), assistant("I'm not sure. Is it serious?"),
                user("Let me think.")));
        assertThat(reply).isEqualTo("I'm not sure. Is it serious? [[END]]");
    }

    @Test
    void patientThanksAndEndsOnAReferral() {
        assertThat(patient.reply(List.of(system(SCRIPT), user("You should be referred to a specialist."))))
                .isEqualTo("Thank you, I will do that. [[END]]");
        assertThat(patient.reply(List.of(system(SCRIPT), user("This is definitely harmless, no need to see a doctor."))))
                .isEqualTo("I'm not sure. Is it serious?");
    }

    @Test
    void patientOpensWithItsGoalWhenTheClinicianHasNotSpoken() {
        assertThat(patient.reply(List.of(system(SCRIPT)))).isEqualTo("Hello doctor. understand the X-ray");
    }
}
