package org.imcbench.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.CaseReportLog;
import org.imcbench.report.SuiteReport;

/**
 * The detail views of a report's cases and of their ablation variants, rendered by {@link CaseSection}
 * and stored in {@link ViewChunks chunks} of up to {@value ViewChunks#SIZE} views. The page's script inflates
 * a chunk when a link opens one of its cases and moves that case's view into the page, so a page of 8,000
 * cases builds no case's DOM before one is opened, and transcripts and rationales take a fraction of their
 * size. The cases' chunks come first — rendered here in the report's order, or copied from the
 * {@link CaseViews} the run rendered as its cases finished — then each ablation's, from the chunk its
 * {@link VariantChunks} names.
 */
final class CaseDetails {
    private CaseDetails() {
    }

    /** Where an ablation's views are: its first chunk and its case ids in the order of its views. */
    record VariantChunks(String variant, int first, List<String> ids) {
    }

    /**
     * Where the views went.
     *
     * @param caseChunk the chunk of the view of the report's case at a position
     * @param variants where each ablation's views are
     */
    record Located(IntUnaryOperator caseChunk, List<VariantChunks> variants) {
    }

    /**
     * Writes every detail view of the report: the cases' views from {@code rendered} when they are the
     * report's cases, else one pass over its cases; then one pass over each ablation's.
     */
    static Located render(Html page, String prefix, SuiteReport report, ImageStore images,
            Optional<CaseViews> rendered) {
        List<String> variants = report.ablations().stream().map(AblationReport::variant).toList();
        IntUnaryOperator caseChunk;
        ViewChunks chunks;
        List<String> ids = rendered.isEmpty() ? List.of()
                : CaseReportLog.withoutDetail(report.cases()).stream().map(CaseReport::id).toList();
        Optional<CaseViews> usable = rendered.filter(views -> prefix.isEmpty() && views.holds(ids, variants));
        if (usable.isPresent()) {
            int first = usable.get().copyInto(page);
            caseChunk = position -> usable.get().chunkOf(ids.get(position));
            chunks = new ViewChunks(page, prefix, first);
        } else {
            chunks = new ViewChunks(page, prefix, 0);
            for (CaseReport full : report.cases()) {
                CaseSection.render(chunks.next(), prefix, full, images, variants);
            }
            chunks.end();
            caseChunk = position -> position / ViewChunks.SIZE;
        }
        List<VariantChunks> located = new ArrayList<>();
        for (AblationReport ablation : report.ablations()) {
            VariantChunks at = new VariantChunks(ablation.variant(), chunks.number(), new ArrayList<>());
            for (CaseReport variant : ablation.cases()) {
                CaseSection.renderVariant(chunks.next(), prefix, variant, ablation.variant());
                at.ids().add(variant.id());
            }
            chunks.end();
            located.add(at);
        }
        return new Located(caseChunk, located);
    }
}
