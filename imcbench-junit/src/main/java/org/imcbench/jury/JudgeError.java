package org.imcbench.jury;

/**
 * A judge that gave no usable verdict: its answer could not be parsed after one repair retry,
 * was out of range, or the judge model failed. Never counted as a score.
 *
 * @param judge the judge's name
 * @param message what went wrong, free of secrets
 * @param rawAnswer the judge's last raw answer, or empty if there was none
 */
public record JudgeError(String judge, String message, String rawAnswer) {
}
