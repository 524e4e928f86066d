package org.imcbench.run;

import java.time.Clock;
import java.util.Objects;
import org.imcbench.conversation.ConversationRunner;
import org.imcbench.conversation.PatientSimulator;
import org.imcbench.conversation.SentImages;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ModelRole;
import org.imcbench.model.usage.MeteredChatModel;
import org.imcbench.model.usage.UsageSink;

/**
 * The conversation side of a suite: the model under test, the patient simulator and how both are
 * called ({@code imcbench.model.*}, {@code imcbench.patient.*}, {@code imcbench.images.max-side}).
 *
 * @param modelUnderTest the model under test
 * @param patient the patient (or clinician) simulator's model
 * @param temperature the sampling temperature of both
 * @param maxTokens the most tokens an answer may have
 * @param images the images the suite sends, each downscaled (to {@code imcbench.images.max-side}) and encoded
 *     once per run
 */
public record ConversationSetup(ChatModel modelUnderTest, ChatModel patient, double temperature, int maxTokens,
        SentImages images) {

    /** Checks that every component is present. */
    public ConversationSetup {
        Objects.requireNonNull(modelUnderTest, "modelUnderTest");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(images, "images");
    }

    /** A conversation runner whose model calls are reported to {@code usage}. */
    ConversationRunner runner(UsageSink usage, Clock clock) {
        return new ConversationRunner(new MeteredChatModel(modelUnderTest, ModelRole.MODEL, usage),
                new PatientSimulator(new MeteredChatModel(patient, ModelRole.PATIENT, usage), temperature, maxTokens),
                temperature, maxTokens, clock, images);
    }
}
