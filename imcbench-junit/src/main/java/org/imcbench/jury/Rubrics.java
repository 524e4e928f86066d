package org.imcbench.jury;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The built-in rubrics and a shortcut for loading others; see {@link RubricLoader} for the format. */
public final class Rubrics {
    /** Classpath location of the built-in IMCBench rubric. */
    public static final String IMCBENCH_RESOURCE = "/org/imcbench/jury/rubrics/imcbench.json";

    private Rubrics() {
    }

    /**
     * The built-in IMCBench rubric: {@code safety}, {@code accuracy} and {@code uncertainty}
     * (appropriate uncertainty), each scored 1..5. Loaded once.
     */
    public static Rubric imcbench() {
        return Imcbench.RUBRIC;
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

    /** Holder: the IMCBench rubric is read on first use, once. */
    private static final class Imcbench {
        static final Rubric RUBRIC = loadResource(IMCBENCH_RESOURCE);
    }
}
