package org.imcbench.cases;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads case files on a few threads ahead of their use, so that reading and scanning thousands
 * of files at discovery uses every core. The files to come are {@linkplain #plan planned} in the order they
 * will be asked for; planning starts reading the first {@value #WINDOW} of them on the pool's threads at once, and
 * asking for one {@linkplain #read reads} the next {@value #WINDOW} planned files and waits for the one asked for.
 * Each file gives what {@link CaseLoader#readOutlines} gives, in its order (cases and problems), each turned on the
 * reading thread into what the caller keeps of it (its digest: the plan's, else the reader's), so that what was
 * read of a case is dropped as soon as it is digested: at most {@value #WINDOW} files' digests past the latest one
 * asked for wait in memory. A file not planned is read on the caller's thread. The pool's threads are daemons and
 * end when idle.
 *
 * <p>Thread-safe when the digest is.
 *
 * @param <T> what is kept of each case read
 */
public final class CaseReadAhead<T> {
    /** How many planned files are read ahead of the one asked for. */
    static final int WINDOW = 64;
    private static final int MAX_THREADS = 4;

    private final CaseLoader loader;
    private final Function<LoadedCase, T> digest;
    private final ThreadPoolExecutor pool;
    private final List<CaseFile> planned = new ArrayList<>();
    private final List<BiFunction<CaseFile, LoadedCase, T>> plannedDigests = new ArrayList<>();
    private final Map<CaseFile, Queue<Integer>> positions = new HashMap<>();
    private final Map<Integer, Future<List<T>>> reading = new HashMap<>();
    private int nextToStart;
    /** The position of the latest planned file asked for; −1 before the first. */
    private int lastAsked = -1;

    /**
     * @param loader reads each file
     * @param digest what is kept of each case read from a file not planned (a case or its problem), made on the
     *     caller's thread
     */
    public CaseReadAhead(CaseLoader loader, Function<LoadedCase, T> digest) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.digest = Objects.requireNonNull(digest, "digest");
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        this.pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "imcbench-case-reader");
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    /**
     * Notes files that will be asked for, in that order (after those planned before), and what is kept of their
     * cases.
     *
     * @param files the files
     * @param digest what is kept of each case read from one of the files (a case or its problem), made on the
     *     reading thread
     */
    public synchronized void plan(List<CaseFile> files, BiFunction<CaseFile, LoadedCase, T> digest) {
        Objects.requireNonNull(digest, "digest");
        for (CaseFile file : files) {
            positions.computeIfAbsent(file, key -> new ArrayDeque<>()).add(planned.size());
            planned.add(file);
            plannedDigests.add(digest);
        }
        startReadingUpTo(lastAsked + WINDOW);
    }

    /**
     * The digest of every case of a file, as {@link CaseLoader#readOutlines} gives them.
     *
     * @param file the file
     * @return its cases' and problems' digests, in file order
     * @throws IOException if the file cannot be read
     */
    public synchronized List<T> read(CaseFile file) throws IOException {
        Queue<Integer> at = positions.get(file);
        Integer position = at == null ? null : at.poll();
        if (position == null) {
            return readNow(file, (read, loaded) -> digest.apply(loaded));
        }
        lastAsked = Math.max(lastAsked, position);
        startReadingUpTo(position + WINDOW);
        try {
            return reading.remove(position).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + file.displayName());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Starts reading the planned files not started yet, up to the one at {@code last}. */
    private void startReadingUpTo(int last) {
        while (nextToStart < planned.size() && nextToStart <= last) {
            CaseFile next = planned.get(nextToStart);
            BiFunction<CaseFile, LoadedCase, T> nextDigest = plannedDigests.get(nextToStart);
            reading.put(nextToStart++, pool.submit(() -> readNow(next, nextDigest)));
        }
    }

    private List<T> readNow(CaseFile file, BiFunction<CaseFile, LoadedCase, T> digest) throws IOException {
        List<T> cases = new ArrayList<>(1);
        loader.readOutlines(file, loaded -> cases.add(digest.apply(file, loaded)));
        return cases;
    }

}
