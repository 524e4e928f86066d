package org.imcbench.jury;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.imcbench.conversation.Transcript;
import org.imcbench.conversation.Turn;

/**
 * Renders a transcript as quoted data for a judge prompt, so that nothing said in the conversation
 * can close or forge the delimiters around it.
 *
 * <p>The transcript is wrapped in {@code <transcript>} ... {@code </transcript>}; each turn starts
 * a line with {@code [turn N] PATIENT:} or {@code [turn N] MODEL:}. Inside the turn texts,
 * {@code &}, {@code <} and {@code >} are written as {@code &amp;}, {@code &lt;} and {@code &gt;}
 * (so no text can contain a tag, least of all {@code </transcript>}), and {@code [turn} is
 * written as {@code &#91;turn} (so no text can start a fake turn header). The judge's system
 * prompt says so.
 *
 * <p>Before escaping, look-alikes are folded to the characters they imitate, so that the judge sees
 * exactly one set of turn boundaries: invisible format characters (zero-width spaces and joiners,
 * bidi marks, the BOM) are removed, and characters that look like angle or square brackets
 * ({@code 〈 ⟨ ‹ 《 【 〔 ⟦}, small forms, and any other whose compatibility form is one) become
 * {@code < > [ ]}, which are then escaped like the ASCII ones; full-width ASCII ({@code ［ｔｕｒｎ})
 * becomes ASCII. A turn header with spaces of any kind after the bracket is escaped too.
 */
public final class TranscriptQuoting {
    /** The opening delimiter. */
    public static final String OPEN = "<transcript>";
    /** The closing delimiter; appears exactly once in a rendered transcript. */
    public static final String CLOSE = "</transcript>";

    private static final Pattern TURN_HEADER = Pattern.compile("\\[([\\s\\p{Z}]*turn)",
            Pattern.CASE_INSENSITIVE);
    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final String OPENING_LOOKALIKES = "\u2039\u3008\u27E8\u300A\u2329\u276C\u29FC";
    private static final String CLOSING_LOOKALIKES = "\u203A\u3009\u27E9\u300B\u232A\u276D\u29FD";
    private static final String SQUARE_OPENING_LOOKALIKES = "\u3010\u3014\u27E6\u3016\u3018\u301A";
    private static final String SQUARE_CLOSING_LOOKALIKES = "\u3011\u3015\u27E7\u3017\u3019\u301B";

    private TranscriptQuoting() {
    }

    /** The whole transcript inside its delimiters, one turn after another. */
    public static String render(Transcript transcript) {
        StringBuilder out = new StringBuilder(OPEN).append('\n');
        for (Turn turn : transcript.turns()) {
            out.append("[turn ").append(turn.number()).append("] ").append(turn.speaker().name()).append(": ")
                    .append(escape(turn.text())).append('\n');
        }
        return out.append(CLOSE).toString();
    }

    /**
     * The text with look-alikes folded, {@code & < >} escaped as entities and {@code [turn} as
     * {@code &#91;turn}.
     */
    public static String escape(String text) {
        String escaped = foldLookalikes(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return TURN_HEADER.matcher(escaped).replaceAll("&#91;$1");
    }

    /** Drops invisible format characters and turns bracket look-alikes into ASCII brackets. */
    static String foldLookalikes(String text) {
        int firstNonAscii = 0;
        while (firstNonAscii < text.length() && text.charAt(firstNonAscii) < 0x80) {
            firstNonAscii++;
        }
        if (firstNonAscii == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, firstNonAscii);
        text.codePoints().skip(firstNonAscii).forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (Character.getType(cp) != Character.FORMAT) {
                out.append(bracketFor(cp));
            }
        });
        return out.toString();
    }

    private static String bracketFor(int cp) {
        String single = Character.toString(cp);
        if (OPENING_LOOKALIKES.contains(single)) {
            return "<";
        }
        if (CLOSING_LOOKALIKES.contains(single)) {
            return ">";
        }
        if (SQUARE_OPENING_LOOKALIKES.contains(single)) {
            return "[";
        }
        if (SQUARE_CLOSING_LOOKALIKES.contains(single)) {
            return "]";
        }
        if (cp >= FULL_WIDTH_FIRST && cp <= FULL_WIDTH_LAST) {
            return Character.toString(cp - FULL_WIDTH_OFFSET);
        }
        String folded = Normalizer.normalize(single, Normalizer.Form.NFKC);
        return folded.chars().anyMatch(c -> c == '<' || c == '>' || c == '[' || c == ']' || c == '&' || c == '/')
                ? folded : single;
    }
}
