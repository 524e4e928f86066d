package org.imcbench.conversation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.imcbench.cases.Roi;
import org.imcbench.cases.SentImageSides;
import org.imcbench.model.ImagePart;

/**
 * The images a suite sends, each prepared once per run: a case image downscaled to the side it is sent at
 * ({@code imcbench.images.max-side}, {@code imcbench.images.equalize}) and a zoom-in on a region of
 * interest are made the first time a
 * conversation sends them and then shared by every case, turn and role that sends the same image (so
 * each is decoded, scaled, encoded and base64-encoded once, see {@link ImagePart#jsonDataUrl()}); when
 * several conversations need an image at once, one prepares it and the others wait for it. Prepared
 * images are kept within a memory budget, the least recently sent dropped first (and made again if sent
 * again). Thread-safe: the cases of a suite run on several threads.
 */
public final class SentImages {
    /** The memory a suite's prepared images may take by default: their bytes and their base64 form. */
    public static final long DEFAULT_BUDGET_BYTES = 64L << 20;

    private final long budgetBytes;
    private final Map<Key, ImageEditor.Edited> prepared = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<Key, CompletableFuture<ImageEditor.Edited>> preparing = new HashMap<>();
    private long usedBytes;
    private int made;

    /**
     * Images prepared for sending.
     *
     * @param budgetBytes the memory the prepared images may take (bytes plus base64 form)
     */
    public SentImages(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("the budget must not be negative: " + budgetBytes);
        }
        this.budgetBytes = budgetBytes;
    }

    /** Images prepared for sending within the {@linkplain #DEFAULT_BUDGET_BYTES default budget}. */
    public SentImages() {
        this(DEFAULT_BUDGET_BYTES);
    }

    /** The image as it may be sent at {@code side}: itself, or downscaled when its longest side is over it. */
    ImageEditor.Edited fitted(ImagePart image, SentImageSides.Side side) {
        return prepared(new Key(image.sha256(), side, null), () -> new ImageEditor(side).fitted(image));
    }

    /** A crop of the region of interest of the image as sent at {@code side}. */
    ImageEditor.Edited zoom(ImagePart image, Roi roi, SentImageSides.Side side) {
        return prepared(new Key(image.sha256(), side, roi),
                () -> new ImageEditor(side).zoom(image, fitted(image, side).part(), roi));
    }

    /**
     * The prepared image of {@code key}: kept from before, or made now by {@code make}. When several threads
     * ask for the same image at once (the first wave of a suite's cases often sends one image from dozens of
     * conversations), one makes it and the others wait for it, rather than each decoding it again.
     */
    private ImageEditor.Edited prepared(Key key, Supplier<ImageEditor.Edited> make) {
        CompletableFuture<ImageEditor.Edited> making = new CompletableFuture<>();
        CompletableFuture<ImageEditor.Edited> other;
        synchronized (this) {
            ImageEditor.Edited known = prepared.get(key);
            if (known != null) {
                return known;
            }
            other = preparing.putIfAbsent(key, making);
        }
        if (other != null) {
            return awaited(other);
        }
        ImageEditor.Edited edited;
        try {
            edited = make.get();
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                preparing.remove(key);
            }
            making.completeExceptionally(e);
            throw e;
        }
        synchronized (this) {
            preparing.remove(key);
            keep(key, edited);
            made++;
        }
        making.complete(edited);
        return edited;
    }

    /** How many images were made (decoded, downscaled or cropped and encoded), not taken from those kept. */
    synchronized int made() {
        return made;
    }

    private static ImageEditor.Edited awaited(CompletableFuture<ImageEditor.Edited> making) {
        try {
            return making.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Keeps a prepared image within the budget, dropping the least recently sent; the caller holds the lock. */
    private void keep(Key key, ImageEditor.Edited made) {
        long size = cost(made.part());
        if (size > budgetBytes) {
            return;
        }
        prepared.put(key, made);
        usedBytes += size;
        Iterator<ImageEditor.Edited> oldest = prepared.values().iterator();
        while (usedBytes > budgetBytes && oldest.hasNext()) {
            usedBytes -= cost(oldest.next().part());
            oldest.remove();
        }
    }

    /** What a prepared image takes: its bytes, its base64 form and its {@code data:} URL (bytes, once made). */
    private static long cost(ImagePart part) {
        return part.data().length + 2L * ((part.data().length + 2L) / 3 * 4);
    }

    /** A case image sent at a side, or a region of it ({@code roi} is {@code null} for the whole image). */
    private record Key(String sha256, SentImageSides.Side side, Roi roi) {
    }
}
