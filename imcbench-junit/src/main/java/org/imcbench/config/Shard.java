package org.imcbench.config;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One of {@code count} stable parts of every suite ({@code imcbench.shard=K/N}): a case belongs to shard
 * {@code index} when the CRC-32 of its id (UTF-8) modulo {@code count} is {@code index - 1}, so every
 * machine of a CI matrix picks the same cases, each case lands in exactly one shard, and adding a case
 * moves no other.
 *
 * @param index which shard, from 1
 * @param count how many shards
 */
public record Shard(int index, int count) {
    private static final Pattern FORM = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");

    /** Checks that {@code 1 ≤ index ≤ count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
        }
    }

    /**
     * Parses {@code K/N}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be K/N with 1 ≤ K ≤ N, e.g. 2/4");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** Whether the case with this id belongs to this shard. */
    public boolean contains(String caseId) {
        CRC32 crc = new CRC32();
        crc.update(caseId.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }

    /** The shard as written, e.g. {@code 2/4}. */
    @Override
    public String toString() {
        return index + "/" + count;
    }
}
