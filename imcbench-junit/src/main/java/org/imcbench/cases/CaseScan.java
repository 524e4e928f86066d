package org.imcbench.cases;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.imcbench.io.SchemaCheckedReader;

/**
 * Reads from a case's bytes only what discovery keeps — its {@link CaseLabels} and {@link CaseOutline} — in one
 * streaming pass, without a tree, the schema or binding (a suite of thousands of cases is discovered in a
 * fraction of the time a full read takes). The bytes are read with the limits and the duplicate-key check of
 * a full read, to the end, so a case that is not well-formed JSON is never taken.
 *
 * <p>The scan takes a case only when every value it reads has the form the schema gives it (an id that makes a
 * valid test id, strings, booleans, a non-empty image list whose entries name their image, a positive
 * {@code shownAtTurn}); otherwise it gives nothing, and the caller reads the case in full, which reports every
 * problem. Everything the scan does not read (the patient, ground truth, plan, the images' regions, other
 * rules of the schema and what a schema cannot check) is checked when the case runs ({@link StoredCase#load}).
 */
final class CaseScan {
    private final JsonParser parser;
    private final UnaryOperator<String> shared;

    private CaseScan(JsonParser parser, UnaryOperator<String> shared) {
        this.parser = parser;
        this.shared = shared;
    }

    /**
     * What discovery keeps of a case read from its labels and outline fields.
     *
     * @param labels the case's name and tags
     * @param outline what the run needs before the case runs
     */
    record ScannedCase(CaseLabels labels, CaseOutline outline) {
    }

    /**
     * Scans a case.
     *
     * @param bytes the case's bytes (one {@code .json} file or one line of a {@code .jsonl} file)
     * @param source where the case is; relative image paths resolve against it
     * @param shared returns the one instance kept of a string equal to the one given (see {@link CaseOutline})
     * @return the case's labels and outline, or empty when the case must be read in full to say what is wrong
     */
    static Optional<ScannedCase> scan(byte[] bytes, URI source, UnaryOperator<String> shared) {
        try (JsonParser parser = SchemaCheckedReader.streamingParser(bytes)) {
            return Optional.ofNullable(new CaseScan(parser, shared).scanCase(source));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ScannedCase scanCase(URI source) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        String id = null;
        String title = null;
        String specialty = "";
        String modality = "";
        List<String> tags = List.of();
        Boolean malignant = Boolean.FALSE;
        Boolean rare = Boolean.FALSE;
        List<CaseImage> images = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            boolean taken = switch (field) {
                case "id" -> (id = validId(text(value))) != null;
                case "title" -> (title = text(value)) != null;
                case "specialty" -> (specialty = shared(text(value))) != null;
                case "modality" -> (modality = shared(text(value))) != null;
                case "tags" -> (tags = texts(value)) != null;
                case "malignant" -> (malignant = bool(value)) != null;
                case "rare" -> (rare = bool(value)) != null;
                case "images" -> (images = images(value)) != null;
                default -> skip();
            };
            if (!taken) {
                return null;
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null || id == null
                || title == null || images == null) {
            return null;
        }
        return new ScannedCase(new CaseLabels(id, title, specialty, modality, tags, malignant, rare),
                new CaseOutline(id, source, modality, malignant, rare, images));
    }

    /** The images, or {@code null} when the list is empty or an entry does not name its image. */
    private List<CaseImage> images(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<CaseImage> images = new ArrayList<>(1);
        for (JsonToken entry = parser.nextToken(); entry != JsonToken.END_ARRAY; entry = parser.nextToken()) {
            CaseImage image = image(entry);
            if (image == null) {
                return null;
            }
            images.add(image);
        }
        return images.isEmpty() ? null : List.copyOf(images);
    }

    private CaseImage image(JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            return null;
        }
        String uri = null;
        String sha256 = null;
        String mediaType = null;
        String license = null;
        String attribution = null;
        String role = CaseImage.CURRENT;
        int shownAtTurn = 1;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken fieldValue = parser.nextToken();
            boolean taken = switch (field) {
                case "uri" -> (uri = shared(takenUri(text(fieldValue)))) != null;
                case "sha256" -> (sha256 = shared(text(fieldValue))) != null;
                case "mediaType" -> (mediaType = shared(text(fieldValue))) != null;
                case "license" -> (license = shared(text(fieldValue))) != null;
                case "attribution" -> (attribution = shared(text(fieldValue))) != null;
                case "role" -> (role = shared(text(fieldValue))) != null;
                case "shownAtTurn" -> fieldValue == JsonToken.VALUE_NUMBER_INT && (shownAtTurn = parser.getIntValue()) >= 1;
                default -> skip();
            };
            if (!taken) {
                return null;
            }
        }
        if (uri == null || sha256 == null || mediaType == null || license == null || attribution == null) {
            return null;
        }
        return new CaseImage(uri, sha256, mediaType, license, attribution, role, shownAtTurn, List.of());
    }

    /** Skips a value the scan does not read. */
    private boolean skip() throws IOException {
        parser.skipChildren();
        return true;
    }

    private String text(JsonToken value) throws IOException {
        return value == JsonToken.VALUE_STRING ? parser.getText() : null;
    }

    private List<String> texts(JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
            if (item != JsonToken.VALUE_STRING) {
                return null;
            }
            texts.add(shared.apply(parser.getText()));
        }
        return texts;
    }

    private static Boolean bool(JsonToken value) {
        return value == JsonToken.VALUE_TRUE ? Boolean.TRUE : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
    }

    private String shared(String text) {
        return text == null ? null : shared.apply(text);
    }

    /**
     * The image URI when it has a form the schema allows — {@code https://host...}, {@code classpath:...} or a
     * relative path (no scheme, not starting with {@code /} or {@code \\}) — else {@code null}: a case is never
     * taken for a run whose image would be looked for anywhere else (the resolver refuses such paths too).
     */
    private static String takenUri(String uri) {
        if (uri == null || uri.isEmpty()) {
            return null;
        }
        if (uri.startsWith("https://")) {
            return uri.length() > "https://".length() && uri.charAt("https://".length()) != '/' ? uri : null;
        }
        if (uri.startsWith("classpath:")) {
            return uri.length() > "classpath:".length() ? uri : null;
        }
        return hasScheme(uri) || uri.charAt(0) == '/' || uri.charAt(0) == '\\' ? null : uri;
    }

    /** Whether the text starts with a URI scheme: a letter, then letters, digits, {@code +}, {@code .} or {@code -}, then {@code :}. */
    private static boolean hasScheme(String uri) {
        if (!isAsciiLetter(uri.charAt(0))) {
            return false;
        }
        for (int i = 1; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The id when it makes a valid test id ({@code [a-z0-9][a-z0-9._-]*}, as the schema says), else {@code null}. */
    private static String validId(String id) {
        if (id == null || id.isEmpty()) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i > 0 && (c == '.' || c == '_'
                    || c == '-'));
            if (!allowed) {
                return null;
            }
        }
        return id;
    }
}
