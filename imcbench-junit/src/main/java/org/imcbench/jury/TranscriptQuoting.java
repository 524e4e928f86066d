package org.imcbench.jury;

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
 */
public final class TranscriptQuoting {
    /** The opening delimiter. */
    public static final String OPEN = "<transcript>";
    /** The closing delimiter; appears exactly once in a rendered transcript. */
    public static final String CLOSE = "</transcript>";

    private static final Pattern TURN_HEADER = Pattern.compile("\\[(\\s*turn)", Pattern.CASE_INSENSITIVE);

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

    /** The text with {@code & < >} escaped as entities and {@code [turn} as {@code &#91;turn}. */
    public static String escape(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return TURN_HEADER.matcher(escaped).replaceAll("&#91;$1");
    }
}
