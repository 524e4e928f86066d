package org.imcbench.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseImage;
import org.imcbench.cases.Roi;
import org.imcbench.cases.ScriptedPlan;
import org.imcbench.cases.ScriptedTurn;
import org.imcbench.cases.SentImageSides;
import org.imcbench.cases.SimulatedPlan;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatModel;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ChatResponse;
import org.imcbench.model.ImagePart;
import org.imcbench.model.Usage;
import org.imcbench.model.demo.OracleAnswers;

/**
 * Runs one conversation between the patient side and the model under test, turn by turn, and
 * records it as a {@link Transcript}. The model under test gets the EHR context as its system
 * message; each case image comes with the patient turn its {@code shownAtTurn} names, downscaled
 * first when its longest side exceeds the bound. A scripted turn that refers to regions of interest
 * tells the model where they are, and one with a {@code zoom} also carries a crop of that region. A
 * model failure propagates as {@link org.imcbench.model.ModelException}: a conversation is never
 * completed with a made-up turn.
 */
public final class ConversationRunner {
    /** The default longest side of a sent image, in pixels. */
    public static final int DEFAULT_MAX_IMAGE_SIDE = 2048;

    private final ChatModel modelUnderTest;
    private final PatientSimulator patientSimulator;
    private final double temperature;
    private final int maxTokens;
    private final Clock clock;
    private final SentImages sentImages;
    private final SentImageSides.Side imageSide;

    /**
     * Creates a runner that downscales images to {@link #DEFAULT_MAX_IMAGE_SIDE}.
     *
     * @param modelUnderTest the model being benchmarked
     * @param patientSimulator plays the patient in simulated plans
     * @param temperature sampling temperature of the model under test
     * @param maxTokens most tokens per answer of the model under test
     * @param clock the clock turn timestamps come from
     */
    public ConversationRunner(ChatModel modelUnderTest, PatientSimulator patientSimulator, double temperature,
            int maxTokens, Clock clock) {
        this(modelUnderTest, patientSimulator, temperature, maxTokens, clock, DEFAULT_MAX_IMAGE_SIDE);
    }

    /**
     * Creates a runner that downscales images to {@code maxImageSide} ({@code imcbench.images.max-side}).
     *
     * @param modelUnderTest the model being benchmarked
     * @param patientSimulator plays the patient in simulated plans
     * @param temperature sampling temperature of the model under test
     * @param maxTokens most tokens per answer of the model under test
     * @param clock the clock turn timestamps come from
     * @param maxImageSide images with a longer side, in pixels, are downscaled before they are sent
     */
    public ConversationRunner(ChatModel modelUnderTest, PatientSimulator patientSimulator, double temperature,
            int maxTokens, Clock clock, int maxImageSide) {
        this(modelUnderTest, patientSimulator, temperature, maxTokens, clock, new SentImages(),
                SentImageSides.Side.maxSide(maxImageSide));
    }

    /**
     * Creates a runner that sends images prepared by a suite's shared {@link SentImages}.
     *
     * @param modelUnderTest the model being benchmarked
     * @param patientSimulator plays the patient in simulated plans
     * @param temperature sampling temperature of the model under test
     * @param maxTokens most tokens per answer of the model under test
     * @param clock the clock turn timestamps come from
     * @param images prepares the images to send (downscaled, zoomed in), once per suite
     * @param imageSide images with a longer side are downscaled to it before they are sent (the transcript
     *     records why)
     */
    public ConversationRunner(ChatModel modelUnderTest, PatientSimulator patientSimulator, double temperature,
            int maxTokens, Clock clock, SentImages images, SentImageSides.Side imageSide) {
        this.modelUnderTest = modelUnderTest;
        this.patientSimulator = patientSimulator;
        this.temperature = temperature;
        this.maxTokens = maxTokens;
        this.clock = clock;
        this.sentImages = images;
        this.imageSide = imageSide;
    }

    /**
     * Runs the conversation of a case.
     *
     * @param benchmarkCase the case
     * @param images the case's images, verified, in the case's order
     */
    public Transcript run(BenchmarkCase benchmarkCase, List<ImagePart> images) {
        return run(benchmarkCase, images, Ablation.NONE);
    }

    /**
     * Runs the conversation of a case with something left out.
     *
     * @param benchmarkCase the case
     * @param images the case's images, verified, in the case's order (not sent with {@code no-image})
     * @param ablation what the model under test does not get
     */
    public Transcript run(BenchmarkCase benchmarkCase, List<ImagePart> images, Ablation ablation) {
        if (images.size() != benchmarkCase.images().size()) {
            throw new IllegalArgumentException("case '" + benchmarkCase.id() + "' has " + benchmarkCase.images().size()
                    + " images, but " + images.size() + " were given");
        }
        Conversation conversation = new Conversation(benchmarkCase, images, ablation);
        if (benchmarkCase.plan() instanceof ScriptedPlan scripted) {
            for (ScriptedTurn turn : scripted.turns()) {
                conversation.patientSays(turn, Duration.ZERO, Usage.NONE, clock.instant());
                conversation.modelAnswers();
            }
            return conversation.transcript("script");
        }
        SimulatedPlan simulated = (SimulatedPlan) benchmarkCase.plan();
        String simulatorPrompt = PatientSimulator.systemMessage(benchmarkCase, simulated);
        conversation.patientSays(ScriptedTurn.of(simulated.opening()), Duration.ZERO, Usage.NONE, clock.instant());
        conversation.modelAnswers();
        for (int patientTurns = 1; patientTurns < simulated.maxTurns(); patientTurns++) {
            Instant started = clock.instant();
            ChatResponse reply = patientSimulator.nextMessage(simulatorPrompt, conversation.turns);
            boolean ends = reply.text().contains(PatientSimulator.END_MARKER);
            String text = reply.text().replace(PatientSimulator.END_MARKER, "").strip();
            if (!text.isEmpty()) {
                conversation.patientSays(ScriptedTurn.of(text), reply.latency(), reply.usage(), started);
            }
            if (ends) {
                return conversation.transcript("end-marker");
            }
            conversation.modelAnswers();
        }
        return conversation.transcript("max-turns");
    }

    /** The state of one running conversation: the model's message history and the turns. */
    private final class Conversation {
        private final List<ChatMessage> messages = new ArrayList<>();
        private final List<Turn> turns = new ArrayList<>();
        private final BenchmarkCase benchmarkCase;
        private final List<ImagePart> images;
        private final Ablation ablation;
        private int patientTurns;

        Conversation(BenchmarkCase benchmarkCase, List<ImagePart> images, Ablation ablation) {
            String system = EhrContext.systemMessage(ablation.record(benchmarkCase), benchmarkCase.audience());
            this.messages.add(ChatMessage.system(system));
            if (OracleAnswers.SPEC.equals(modelUnderTest.name())) {
                OracleAnswers.register(system, opening(benchmarkCase), benchmarkCase.id(),
                        GroundTruthAnswer.of(benchmarkCase));
            }
            this.benchmarkCase = benchmarkCase;
            this.images = images;
            this.ablation = ablation;
        }

        void patientSays(ScriptedTurn turn, Duration duration, Usage usage, Instant started) {
            patientTurns++;
            List<ImagePart> shown = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            StringBuilder text = new StringBuilder(turn.text());
            for (int i = 0; i < images.size(); i++) {
                CaseImage image = benchmarkCase.images().get(i);
                if (image.shownAtTurn() != patientTurns) {
                    continue;
                }
                if (ablation.noImage()) {
                    text.append("\n\n").append(Ablation.spokenInstead(benchmarkCase, image));
                } else {
                    add(sentImages.fitted(images.get(i), imageSide), shown, notes);
                }
            }
            if (!ablation.noImage()) {
                for (String roiId : turn.rois()) {
                    text.append("\n\n[").append(whereIs(roiId)).append(']');
                }
                if (turn.zoom().isPresent()) {
                    int index = imageIndexOf(turn.zoom().get());
                    add(sentImages.zoom(images.get(index), benchmarkCase.images().get(index)
                            .roi(turn.zoom().get()).orElseThrow(), imageSide), shown, notes);
                    text.append("\n\n[A zoomed-in view of ").append(whereIs(turn.zoom().get()))
                            .append(" is attached.]");
                }
            }
            messages.add(ChatMessage.user(text.toString(), shown));
            turns.add(new Turn(turns.size() + 1, Speaker.askingFor(benchmarkCase.audience()), text.toString(),
                    shown.stream().map(ImagePart::sha256).toList(), started, duration, usage, notes));
        }

        private void add(ImageEditor.Edited edited, List<ImagePart> shown, List<String> notes) {
            shown.add(edited.part());
            edited.note().ifPresent(notes::add);
        }

        private int imageIndexOf(String roiId) {
            for (int i = 0; i < benchmarkCase.images().size(); i++) {
                if (benchmarkCase.images().get(i).roi(roiId).isPresent()) {
                    return i;
                }
            }
            throw new IllegalArgumentException("case '" + benchmarkCase.id() + "' has no ROI '" + roiId + "'");
        }

        /** Where a region is, in words a model can use; never its label, which may name the finding. */
        private String whereIs(String roiId) {
            int index = imageIndexOf(roiId);
            CaseImage image = benchmarkCase.images().get(index);
            Roi roi = image.roi(roiId).orElseThrow();
            return String.format(Locale.ROOT, "the region of image %d (%s) from x %.2f to %.2f and y %.2f to %.2f, "
                    + "as fractions of its width and height from the top left", index + 1, image.role(),
                    roi.x0(), roi.x1(), roi.y0(), roi.y1());
        }

        void modelAnswers() {
            Instant started = clock.instant();
            ChatResponse answer = modelUnderTest.chat(ChatRequest.of(messages, temperature, maxTokens));
            messages.add(ChatMessage.assistant(answer.text()));
            turns.add(new Turn(turns.size() + 1, Speaker.MODEL, answer.text(), List.of(), started,
                    answer.latency(), answer.usage()));
        }

        Transcript transcript(String endedBy) {
            return new Transcript(turns, endedBy);
        }

        /** The words the patient side opens with, before any image or region is described. */
        private static String opening(BenchmarkCase benchmarkCase) {
            return benchmarkCase.plan() instanceof ScriptedPlan scripted ? scripted.turns().get(0).text()
                    : ((SimulatedPlan) benchmarkCase.plan()).opening();
        }
    }
}
