package org.imcbench.assertions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.conversation.Speaker;
import org.imcbench.conversation.Transcript;
import org.imcbench.conversation.Turn;
import org.imcbench.model.Usage;

/** Builds transcripts for tests: texts alternate patient, model, patient, model... */
final class Transcripts {
    private Transcripts() {
    }

    /** A transcript whose odd turns are the patient's and even turns the model's. */
    static Transcript of(String... texts) {
        List<Turn> turns = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            turns.add(new Turn(i + 1, i % 2 == 0 ? Speaker.PATIENT : Speaker.MODEL, texts[i], List.of(),
                    Instant.EPOCH, Duration.ZERO, Usage.NONE));
        }
        return new Transcript(turns, "script");
    }

    /** A transcript of one patient question and one model answer. */
    static Transcript answer(String modelText) {
        return of("What is this?", modelText);
    }
}
