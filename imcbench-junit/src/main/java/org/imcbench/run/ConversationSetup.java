package org.imcbench.run;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.imcbench.cases.ResolvedImage;
import org.imcbench.cases.SentImageSides;
import org.imcbench.conversation.ConversationRunner;
import org.imcbench.conversation.PatientSimulator;
import org.imcbench.conversation.SentImages;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ModelRole;
import org.imcbench.model.usage.MeteredChatModel;
import org.imcbench.model.usage.UsageSink;

/**
 * The conversation side of a suite: the model under test, the patient simulator and how both are
 * called ({@code imcbench.model.*}, {@code imcbench.patient.*}, {@code imcbench.images.max-side},
 * {@code imcbench.images.equalize}).
 *
 * @param modelUnderTest the model under test
 * @param patient the patient (or clinician) simulator's model
 * @param temperature the sampling temperature of both
 * @param maxTokens the most tokens an answer may have
 * @param maxImageSide the longest side an image is downscaled to before it is sent
 * @param equalizeImages whether a modality whose image size tells a stratum apart is sent at its smallest image's side
 * @param images the images the suite sends, each downscaled and encoded once per run
 */
public record ConversationSetup(ChatModel modelUnderTest, ChatModel patient, double temperature, int maxTokens,
        int maxImageSide, boolean equalizeImages, SentImages images) {

    /** Checks that every component is present. */
    public ConversationSetup {
        Objects.requireNonNull(modelUnderTest, "modelUnderTest");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(images, "images");
    }

    /** The longest side each case's images are sent at, from what the sides need of the suite's cases. */
    SentImageSides imageSides(Collection<SentImageSides.CaseImages> cases,
            Function<String, Optional<ResolvedImage>> fetched) {
        return SentImageSides.ofImages(cases, fetched, maxImageSide, equalizeImages);
    }

    /** A conversation runner whose model calls are reported to {@code usage}, sending images at {@code imageSide}. */
    ConversationRunner runner(UsageSink usage, Clock clock, SentImageSides.Side imageSide) {
        return new ConversationRunner(new MeteredChatModel(modelUnderTest, ModelRole.MODEL, usage),
                new PatientSimulator(new MeteredChatModel(patient, ModelRole.PATIENT, usage), temperature, maxTokens),
                temperature, maxTokens, clock, images, imageSide);
    }
}
