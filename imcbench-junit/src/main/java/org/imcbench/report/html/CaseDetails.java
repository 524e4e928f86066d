package org.imcbench.report.html;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.imcbench.report.AblationReport;
import org.imcbench.report.CaseReport;
import org.imcbench.report.SuiteReport;

/**
 * The detail views of a report's cases and of their ablation variants, rendered by {@link CaseSection}
 * and stored in chunks of {@value #CHUNK} views: each chunk is one data block
 * {@code <script type="application/x-imcbench-cases" id="<prefix>chunk-<k>">} holding the views' HTML
 * gzip-compressed and base64-encoded. The page's script inflates a chunk when a link opens one of
 * its cases and moves that case's view into the page, so a page of 8,000 cases builds no case's DOM
 * before one is opened, and transcripts and rationales take a fraction of their size. The cases'
 * chunks come first, in the report's order (case {@code i} is in chunk {@code i / CHUNK}), then each
 * ablation's, from the chunk its {@link VariantChunks} names.
 */
final class CaseDetails {
    /** Detail views per chunk. */
    static final int CHUNK = 100;

    private CaseDetails() {
    }

    /** Where an ablation's views are: its first chunk and its case ids in the order of its views. */
    record VariantChunks(String variant, int first, List<String> ids) {
    }

    /** Writes every detail view of the report, one pass over its cases and one over each ablation's. */
    static List<VariantChunks> render(Html page, String prefix, SuiteReport report, ImageStore images) {
        List<String> variants = report.ablations().stream().map(AblationReport::variant).toList();
        Chunks chunks = new Chunks(page, prefix);
        for (CaseReport full : report.cases()) {
            CaseSection.render(chunks.next(), prefix, full, images, variants);
        }
        chunks.end();
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
        return located;
    }

    /** The chunks of one report, numbered from 0: each holds up to {@value #CHUNK} views. */
    private static final class Chunks {
        private final Html page;
        private final String prefix;
        private int number;
        private int views;
        private Html chunk;

        Chunks(Html page, String prefix) {
            this.page = page;
            this.prefix = prefix;
        }

        /** Where the next view goes, in a new chunk when the current one is full. */
        Html next() {
            if (chunk != null && views == CHUNK) {
                end();
            }
            if (chunk == null) {
                page.open("script", "type", "application/x-imcbench-cases", "id", prefix + "chunk-" + number);
                chunk = new Html(new OutputStreamWriter(gzip(page), StandardCharsets.UTF_8));
                views = 0;
            }
            views++;
            return chunk;
        }

        /** A gzip stream whose output goes base64-encoded into the page. */
        private static GZIPOutputStream gzip(Html page) {
            try {
                return new GZIPOutputStream(Base64.getEncoder().wrap(new AsciiOutputStream(page.writer())), 1 << 13);
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the case details of the HTML report", e);
            }
        }

        /** The number of the chunk the next view starts when the current one has ended. */
        int number() {
            return number;
        }

        /** Ends the current chunk, if one is open: the next view starts a new one. */
        void end() {
            if (chunk == null) {
                return;
            }
            try {
                chunk.writer().close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the case details of the HTML report", e);
            }
            page.close("script");
            chunk = null;
            number++;
        }
    }
}
