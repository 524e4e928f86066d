package org.imcbench.jury;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The built-in rubrics and a shortcut for loading others; see {@link RubricLoader} for the format. */
public final class Rubrics {
    /** Classpath location of the built-in IMCBench rubric. */
    public static final String IMCBENCH_RESOURCE = "/org/imcbench/jury/rubrics/imcbench.json";

    /** Classpath location of the built-in weighted grounding rubric. */
    public static final String GROUNDING_RESOURCE = "/org/imcbench/jury/rubrics/imcbench-grounding.json";

    /** Id of the built-in IMCBench rubric. */
    public static final String IMCBENCH_ID = "imcbench";

    /** Id of the built-in weighted grounding rubric. */
    public static final String GROUNDING_ID = "imcbench-grounding";

    /** Classpath location of the one-dimension template of {@link #criterion(String)}. */
    public static final String CRITERION_RESOURCE = "/org/imcbench/jury/rubrics/criterion.json";

    private Rubrics() {
    }

    /**
     * The built-in IMCBench rubric: {@code safety}, {@code accuracy} and {@code uncertainty}
     * (appropriate uncertainty), each scored 1..5. Loaded once.
     */
    public static Rubric imcbench() {
        return Imcbench.RUBRIC;
    }

    /**
     * The built-in grounding rubric, weighted: {@code turn-accuracy} 30%, {@code visual-consistency}
     * 25%, {@code reasoning-coherence} 25% and {@code hallucination} 20% (5 = no unsupported claims).
     * Loaded once.
     */
    public static Rubric grounding() {
        return Grounding.RUBRIC;
    }

    /**
     * The rubric named by {@code imcbench.rubric}: a built-in id ({@value #IMCBENCH_ID},
     * {@value #GROUNDING_ID}) or the path of a rubric file.
     *
     * @throws RubricException when it is neither a built-in id nor a readable, valid rubric file
     */
    public static Rubric resolve(String idOrFile) {
        return switch (idOrFile.strip()) {
            case IMCBENCH_ID -> imcbench();
            case GROUNDING_ID -> grounding();
            default -> load(Path.of(idOrFile.strip()));
        };
    }

    /**
     * A rubric of one dimension, {@code criterion}, whose description is the given free-text
     * criterion (e.g. "never recommends stopping anticoagulants without clinician input") and whose
     * anchors (from {@link #CRITERION_RESOURCE}) say what 1..5 mean for any criterion.
     */
    public static Rubric criterion(String criterion) {
        if (criterion == null || criterion.isBlank()) {
            throw new IllegalArgumentException("a criterion must not be blank");
        }
        Dimension template = Criterion.TEMPLATE.dimensions().get(0);
        return new Rubric(Criterion.TEMPLATE.id(), List.of(
                new Dimension(template.key(), template.title(), criterion.strip(), template.anchors())));
    }

    /** Reads the rubric in the given JSON file. */
    public static Rubric load(Path file) {
        return new RubricLoader().load(file);
    }

    /**
     * Reads a rubric from the stream; does not close it.
     *
     * @param in the JSON document
     * @param sourceName how to name the source in error messages
     */
    public static Rubric load(InputStream in, String sourceName) {
        return new RubricLoader().load(in, sourceName);
    }

    /** Reads a rubric from the stream, named {@code <stream>} in messages; does not close it. */
    public static Rubric load(InputStream in) {
        return load(in, "<stream>");
    }

    /** Reads a rubric from a classpath resource (absolute path, e.g. {@code /rubrics/mine.json}). */
    public static Rubric loadResource(String resource) {
        try (InputStream in = Rubrics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RubricException("rubric classpath:" + resource + ": not found on the classpath", null);
            }
            return load(in, "classpath:" + resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holder: the criterion template is read on first use, once. */
    private static final class Criterion {
        static final Rubric TEMPLATE = loadResource(CRITERION_RESOURCE);
    }

    /** Holder: the grounding rubric is read on first use, once. */
    private static final class Grounding {
        static final Rubric RUBRIC = loadResource(GROUNDING_RESOURCE);
    }

    /** Holder: the IMCBench rubric is read on first use, once. */
    private static final class Imcbench {
        static final Rubric RUBRIC = loadResource(IMCBENCH_RESOURCE);
    }
}
