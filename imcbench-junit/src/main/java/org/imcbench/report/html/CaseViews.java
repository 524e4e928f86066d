package org.imcbench.report.html;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.imcbench.report.CaseReport;

/**
 * The detail views of a suite's cases for its {@code report.html}, rendered and compressed while the suite
 * runs: each case's view is rendered on the run's recorder thread as the case finishes, while the cases wait
 * for their calls, and appended, in the order the cases finish, to chunks in a spool file beside the report.
 * When the page is written, {@link HtmlReport#write(org.imcbench.report.SuiteReport, CaseViews, Path)}
 * copies the chunks into it instead of reading and rendering every case again, and the case index tells the
 * page's script which chunk holds each case. Memory: one chunk number per case.
 *
 * <p>Views are rendered without a prefix (a suite's own page) with the ablation variants named when the
 * run starts; a page whose cases or variants differ renders its views itself. Thread-safe.
 */
public final class CaseViews implements AutoCloseable {
    private final Path file;
    private final List<String> variants;
    private final ImageStore images;
    private final Writer out;
    private final ViewChunks chunks;
    private final Map<String, Integer> chunkOf = new HashMap<>();
    private boolean ended;

    private CaseViews(Path file, List<String> variants, ImageStore images, Writer out, OutputStream bytes) {
        this.file = file;
        this.variants = variants;
        this.images = images;
        this.out = out;
        this.chunks = new ViewChunks(new Html(out, bytes), "", 0);
    }

    /**
     * Starts the views of a suite.
     *
     * @param file the spool file, replaced if it exists; {@link #close} deletes it
     * @param variants the ablation variants every case may link to, in the report's order
     * @param images the images the views show
     * @throws UncheckedIOException if the file cannot be created
     */
    public static CaseViews start(Path file, List<String> variants, ImageSource images) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
            Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
            return new CaseViews(file, List.copyOf(variants), new ImageStore(images), out, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + file.toAbsolutePath(), e);
        }
    }

    /**
     * Renders a finished case's view (on the calling thread) and appends it to the current chunk.
     *
     * @param full the case's full report
     * @throws IllegalStateException if the case was added before or the views were copied into a page
     */
    public void add(CaseReport full) {
        StringWriter view = new StringWriter();
        Html html = new Html(view);
        CaseSection.render(html, "", full, images, variants);
        synchronized (this) {
            if (ended) {
                throw new IllegalStateException("case " + full.id() + " finished after the report page was written");
            }
            if (chunkOf.containsKey(full.id())) {
                throw new IllegalStateException("case " + full.id() + " has a view already");
            }
            Html chunk = chunks.next();
            chunkOf.put(full.id(), chunks.number());
            chunk.markup(view.toString());
        }
    }

    /** Whether these views are exactly those of the cases with these ids, rendered with these variants. */
    synchronized boolean holds(List<String> caseIds, List<String> reportVariants) {
        return variants.equals(reportVariants) && caseIds.size() == chunkOf.size()
                && caseIds.stream().allMatch(chunkOf::containsKey);
    }

    /** The chunk of a case's view. */
    synchronized int chunkOf(String caseId) {
        return Objects.requireNonNull(chunkOf.get(caseId), () -> "no view of case " + caseId);
    }

    /** The images the views show, for the page's image store. */
    ImageStore images() {
        return images;
    }

    /**
     * Ends the last chunk and copies every chunk into the page; no view can be added afterwards.
     *
     * @return the number of the first chunk after these
     */
    synchronized int copyInto(Html page) {
        try {
            if (!ended) {
                chunks.end();
                out.close();
                ended = true;
            }
            page.copy(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the case views from " + file, e);
        }
        return chunks.number();
    }

    /** Ends the views (the open chunk too, when they were not copied into a page) and deletes the spool file. */
    @Override
    public synchronized void close() {
        try {
            if (!ended) {
                ended = true;
                try {
                    chunks.end();
                } catch (UncheckedIOException e) {
                    // a chunk that cannot be written any more: ended all the same (its encoder released), and dropped
                    // with the file
                }
                out.close();
            }
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }
}
