package org.imcbench.model.cache;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How {@link CachingChatModel} uses the response cache ({@code imcbench.cache.mode}). */
public enum CacheMode {
    /** Answer from the cache when an entry exists, otherwise call the model and store the answer. */
    READ_WRITE("read-write"),
    /** Answer only from the cache; a missing entry fails the call (CI with committed recordings). */
    REPLAY("replay"),
    /** Always call the model and store (overwrite) the answer. */
    RECORD("record"),
    /** Neither read nor write the cache. */
    OFF("off");

    private final String key;

    CacheMode(String key) {
        this.key = key;
    }

    /** The configuration value, e.g. {@code read-write}. */
    public String key() {
        return key;
    }

    /**
     * The mode of a configuration value.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static CacheMode parse(String value) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(mode -> mode.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of "
                        + Arrays.stream(values()).map(CacheMode::key).collect(Collectors.joining(", "))));
    }
}
