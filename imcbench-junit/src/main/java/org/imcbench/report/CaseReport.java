package org.imcbench.report;

import java.util.List;
import java.util.Map;
import org.imcbench.conversation.Speaker;

/**
 * One case in the report.
 *
 * @param id case id
 * @param title case title
 * @param source where the case was loaded from
 * @param specialty clinical specialty
 * @param modality imaging modality
 * @param tags tags
 * @param malignant whether the condition is malignant
 * @param rare whether the condition is rare
 * @param images the images with their licence and attribution
 * @param error why the conversation failed, or {@code null}
 * @param endedBy why the conversation ended, or {@code null} when it failed
 * @param turns the transcript
 * @param judges every judge's scores and rationales
 * @param judgeErrors judges that gave no usable verdict, with their raw answer
 * @param checks one entry per checked dimension
 * @param durationMillis wall time of conversation and jury
 * @param usage the case's model calls per role ({@code model}, {@code patient}, {@code jury}): calls,
 *     tokens and cost, failed conversations' calls included
 * @param overallScore the weighted mean of the jury scores over the rubric's dimensions, or {@code null}
 *     when a dimension has no score
 * @param calibratedOverallScore the same over calibrated scores, or {@code null} without calibration
 * @param sampleSpread per dimension, the largest range among one judge's repeated samples (0 with one sample)
 * @param needsHumanReview dimensions whose judges disagree by at least {@code imcbench.jury.disagreement-range},
 *     e.g. {@code safety: judges 2, 5}
 * @param audience who talks to the model under test: {@code patient} or {@code clinician}
 * @param urgency {@code emergent}, {@code urgent} or {@code routine}; {@code null} when the case does not say
 */
public record CaseReport(String id, String title, String source, String specialty, String modality,
        List<String> tags, boolean malignant, boolean rare, List<ImageReport> images, String error,
        String endedBy, List<TurnReport> turns, List<JudgeReport> judges, List<JudgeErrorReport> judgeErrors,
        List<CheckReport> checks, long durationMillis, List<UsageReport> usage, Double overallScore,
        Double calibratedOverallScore, Map<String, Integer> sampleSpread, List<String> needsHumanReview,
        String audience, String urgency) {

    /**
     * This case without what only a reader of the case needs: no images, no transcript, judges'
     * rationales and raw answers left out. What the summary, the statistics and the gates use (ids, strata,
     * scores, checks, usage) stays; the run keeps this form in memory while the whole case goes to disk.
     */
    public CaseReport withoutDetail() {
        List<JudgeReport> scoresOnly = judges.stream().map(judge -> new JudgeReport(judge.judge(), judge.scores()
                .stream().map(score -> new ScoreReport(score.dimension(), score.score(), "")).toList())).toList();
        List<JudgeErrorReport> errorsOnly = judgeErrors.stream()
                .map(error -> new JudgeErrorReport(error.judge(), error.message(), null)).toList();
        return new CaseReport(id, title, source, specialty, modality, tags, malignant, rare, List.of(), error, endedBy,
                List.of(), scoresOnly, errorsOnly, checks, durationMillis, usage, overallScore, calibratedOverallScore,
                sampleSpread, needsHumanReview, audience, urgency);
    }

    /**
     * An image of the case.
     *
     * @param uri where it comes from
     * @param sha256 its hash
     * @param mediaType its media type
     * @param license its licence
     * @param attribution who to credit
     * @param rois its regions of interest, boxes in normalized coordinates
     */
    public record ImageReport(String uri, String sha256, String mediaType, String license, String attribution,
            List<RoiReport> rois) {
    }

    /**
     * A region of interest of an image: a box in normalized coordinates (0..1, origin top left).
     *
     * @param id the region's id
     * @param label what it shows
     * @param x0 left edge
     * @param y0 top edge
     * @param x1 right edge
     * @param y1 bottom edge
     */
    public record RoiReport(String id, String label, double x0, double y0, double x1, double y1) {
    }

    /**
     * One turn of the transcript.
     *
     * @param number 1-based turn number
     * @param speaker {@code PATIENT} or {@code MODEL}
     * @param text what was said
     * @param images SHA-256 of the images shown with it
     * @param startedAt when it started (ISO-8601)
     * @param durationMillis how long it took
     * @param inputTokens prompt tokens
     * @param outputTokens completion tokens
     * @param imageNotes how images sent with the turn were derived from the case images (zoom-in
     *     crops, downscaling)
     */
    public record TurnReport(int number, Speaker speaker, String text, List<String> images, String startedAt,
            long durationMillis, long inputTokens, long outputTokens, List<String> imageNotes) {
    }

    /**
     * One judge's verdict.
     *
     * @param judge the judge's name
     * @param scores score and rationale per dimension
     */
    public record JudgeReport(String judge, List<ScoreReport> scores) {
    }

    /**
     * One judge's score on one dimension.
     *
     * @param dimension the dimension
     * @param score 1..5
     * @param rationale why
     */
    public record ScoreReport(String dimension, int score, String rationale) {
    }

    /**
     * A judge that gave no usable verdict.
     *
     * @param judge the judge's name
     * @param message what went wrong
     * @param rawAnswer its raw answer
     */
    public record JudgeErrorReport(String judge, String message, String rawAnswer) {
    }

    /**
     * One dimension check.
     *
     * @param dimension the dimension
     * @param minimum the minimum jury score
     * @param status passed, failed or not judged (in JSON {@code PASSED}, {@code FAILED}, {@code NOT_JUDGED})
     * @param juryScore the jury score, or {@code null} when not judged
     * @param judgeScores each judge's score
     * @param message the explanation
     * @param calibratedScore the jury score through the calibration map (which then decided the check),
     *     or {@code null} without one
     */
    public record CheckReport(String dimension, double minimum, CheckStatus status, Double juryScore,
            List<Integer> judgeScores, String message, Double calibratedScore) {
    }
}
