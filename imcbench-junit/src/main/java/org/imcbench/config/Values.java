package org.imcbench.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the value forms configuration uses. */
final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|mb|gb)?");

    private Values() {
    }

    static String text(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return value;
    }

    static int positiveInt(String value) {
        return intAtLeast(1).apply(value);
    }

    /** A parser of whole numbers of at least {@code least}. */
    static Function<String, Integer> intAtLeast(int least) {
        return value -> {
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a whole number");
            }
            if (parsed < least) {
                throw new IllegalArgumentException("must be at least " + least);
            }
            return parsed;
        };
    }

    static double score(String value) {
        double parsed = decimal(value);
        if (parsed < 1 || parsed > 5) {
            throw new IllegalArgumentException("must be a score between 1 and 5");
        }
        return parsed;
    }

    static double decimal(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number");
        }
    }

    static double positiveDecimal(String value) {
        double parsed = decimal(value);
        if (!(parsed > 0) || Double.isInfinite(parsed)) {
            throw new IllegalArgumentException("must be a number greater than 0");
        }
        return parsed;
    }

    static double nonNegativeDecimal(String value) {
        double parsed = decimal(value);
        if (!(parsed >= 0) || Double.isInfinite(parsed)) {
            throw new IllegalArgumentException("must be a number of at least 0");
        }
        return parsed;
    }

    static double probability(String value) {
        double parsed = decimal(value);
        if (!(parsed > 0 && parsed < 1)) {
            throw new IllegalArgumentException("must be a number between 0 and 1 (exclusive)");
        }
        return parsed;
    }

    /** A parser accepting exactly the given values (case-insensitive), returned in lower case. */
    static Function<String, String> oneOf(String... allowed) {
        List<String> accepted = List.of(allowed);
        return value -> {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            if (!accepted.contains(lower)) {
                throw new IllegalArgumentException("must be one of " + String.join(", ", accepted));
            }
            return lower;
        };
    }

    /**
     * A parser accepting the configuration value of each constant (case-insensitive), e.g.
     * {@code lower-bound} for {@link Basis#LOWER_BOUND}.
     */
    static <E extends Enum<E>> Function<String, E> oneOf(E[] constants, Function<E, String> key) {
        List<E> accepted = List.of(constants);
        return value -> {
            String lower = value.strip().toLowerCase(Locale.ROOT);
            return accepted.stream().filter(constant -> key.apply(constant).equals(lower)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("must be one of "
                            + String.join(", ", accepted.stream().map(key).toList())));
        };
    }

    static boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    /** Durations as {@code 250ms}, {@code 10s}, {@code 5m}, {@code 1h} or ISO-8601 ({@code PT10S}). */
    static Duration duration(String value) {
        Matcher matcher = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("must be a duration such as 250ms, 10s, 5m or PT10S");
        }
    }

    /** Sizes in bytes as {@code 20MB}, {@code 512KB}, {@code 1GB} (binary units) or a plain number of bytes. */
    static long bytes(String value) {
        Matcher matcher = SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be a size such as 20MB, 512KB or 1048576");
        }
        long unit = switch (matcher.group(2) == null ? "b" : matcher.group(2)) {
            case "kb" -> 1024L;
            case "mb" -> 1024L * 1024;
            case "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long size;
        try {
            size = Math.multiplyExact(Long.parseLong(matcher.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("is too large");
        }
        if (size < 1 || size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("must be from 1 byte to 2047MB");
        }
        return size;
    }

    static Path path(String value) {
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        return Path.of(text(expanded));
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
