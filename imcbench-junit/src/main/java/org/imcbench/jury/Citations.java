package org.imcbench.jury;

import java.util.List;

/** How the checklist judge's rationales quote labels, matched words and lists. */
final class Citations {
    private static final int MAX_LISTED = 6;
    private static final int MAX_QUOTED = 80;

    private Citations() {
    }

    /** {@code "label" (turn 2)}, adding the matched words when they differ from the label. */
    static String cite(String label, ModelTurnSearch.Hit hit) {
        String matched = hit.text().strip();
        if (matched.equalsIgnoreCase(label.strip()) || matched.isEmpty()) {
            return quote(label) + " (turn " + hit.turn() + ")";
        }
        if (matched.length() > MAX_QUOTED) {
            matched = matched.substring(0, MAX_QUOTED - 3) + "...";
        }
        return quote(label) + " (turn " + hit.turn() + ": " + quote(matched) + ")";
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    /** The cited items, at most six and a count of the rest; "none" when empty. */
    static String list(List<String> cited) {
        if (cited.isEmpty()) {
            return "none";
        }
        if (cited.size() <= MAX_LISTED) {
            return String.join(", ", cited);
        }
        return String.join(", ", cited.subList(0, MAX_LISTED)) + " and " + (cited.size() - MAX_LISTED) + " more";
    }

    /** What was found, then what was not. */
    static String join(List<String> good, List<String> bad) {
        String goodPart = String.join(", ", good);
        String badPart = String.join("; ", bad);
        if (good.isEmpty()) {
            return badPart;
        }
        return bad.isEmpty() ? goodPart : goodPart + "; " + badPart;
    }
}
