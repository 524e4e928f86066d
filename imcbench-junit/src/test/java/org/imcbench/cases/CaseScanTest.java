package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The discovery scan against the full read: on every shipped and fixture case it reads the same labels and
 * outline as the full read (which has the schema, binding and checks); it gives nothing — so the case is read
 * in full at discovery and its problems reported — whenever a value it reads does not have the schema's form;
 * and it leaves everything else, found by the full read when the case runs.
 */
class CaseScanTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path NAEVUS = Path.of("src/test/resources/engine/cases/naevus.json");
    private static final URI SOURCE = URI.create("file:///suite/case.json");

    @TempDir
    Path folder;

    static Stream<Path> everyValidCaseFile() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("src/main/resources/imcbench/starter", "src/test/resources/engine/cases",
                "src/test/resources/cases")) {
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                walk.filter(file -> file.toString().endsWith(".json") && !file.toString().contains("/invalid/")
                        && !file.getFileName().toString().contains(".suite.")).sorted().forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(45);
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("everyValidCaseFile")
    void readsTheLabelsAndOutlineTheFullReadGives(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        URI source = file.toAbsolutePath().toUri();
        BenchmarkCase full = new CaseLoader().parse(new String(bytes, StandardCharsets.UTF_8), file.toString(), source);

        CaseScan.ScannedCase scanned = CaseScan.scan(bytes, source, UnaryOperator.identity()).orElseThrow();

        assertThat(scanned.labels()).isEqualTo(CaseLabels.of(full));
        assertThat(scanned.outline()).isEqualTo(CaseOutline.of(full));
    }

    /**
     * Seeded mutations of every shipped core case (a field removed, given another type or an odd value, text
     * escaped or padded, keys reordered): whenever the full read accepts the text, the scan either takes what the
     * full read gives or takes nothing (then discovery reads the case in full); it never takes anything else.
     */
    @Test
    void onMutatedCasesTheScanNeverReadsOtherwiseThanTheFullRead() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/imcbench/starter/core"))) {
            files = list.filter(file -> file.toString().endsWith(".json") && !file.toString().contains(".suite."))
                    .sorted().toList();
        }
        Random random = new Random(20261206);
        int taken = 0;
        int accepted = 0;
        for (int round = 0; round < 1500; round++) {
            Path file = files.get(random.nextInt(files.size()));
            ObjectNode json = (ObjectNode) JSON.readTree(file.toFile());
            mutate(json, random);
            String text = random.nextBoolean() ? JSON.writeValueAsString(json)
                    : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
            if (random.nextInt(10) == 0) {
                text = text.replace("\"title\" :", "\"t\\u0069tle\" :").replace("\"title\":", "\"t\\u0069tle\":");
            }
            BenchmarkCase full;
            try {
                full = new CaseLoader().parse(text, file.toString(), file.toAbsolutePath().toUri());
            } catch (CaseFormatException rejected) {
                continue;
            }
            accepted++;
            Optional<CaseScan.ScannedCase> scanned = CaseScan.scan(text.getBytes(StandardCharsets.UTF_8),
                    file.toAbsolutePath().toUri(), UnaryOperator.identity());
            if (scanned.isPresent()) {
                taken++;
                assertThat(scanned.get().labels()).as(text).isEqualTo(CaseLabels.of(full));
                assertThat(scanned.get().outline()).as(text).isEqualTo(CaseOutline.of(full));
            }
        }
        assertThat(accepted).as("mutations the full read accepts").isGreaterThan(300);
        assertThat(taken).as("of them, taken by the scan").isGreaterThan(accepted / 2);
    }

    private static void mutate(ObjectNode json, Random random) {
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        ObjectNode target = random.nextBoolean() ? json : image(json);
        List<String> targetFields = new ArrayList<>();
        target.fieldNames().forEachRemaining(targetFields::add);
        String field = targetFields.get(random.nextInt(targetFields.size()));
        switch (random.nextInt(11)) {
            case 0 -> target.remove(field);
            case 1 -> target.put(field, random.nextInt(3));
            case 2 -> target.put(field, random.nextBoolean());
            case 3 -> target.putNull(field);
            case 4 -> target.put(field, "  " + target.path(field).asText("x") + " é \u2014 \"q\" \\ ");
            case 5 -> target.putArray(field).add("a").add("b");
            case 6 -> target.put(field, 1.0);
            case 7 -> {
                ObjectNode reordered = json.objectNode();
                Collections.shuffle(fields, random);
                fields.forEach(name -> reordered.set(name, json.get(name)));
                json.removeAll();
                json.setAll(reordered);
            }
            case 8 -> target.put("shownAtTurn", random.nextInt(4));
            default -> {
                // a valid other value of a field the scan reads
                switch (random.nextInt(9)) {
                    case 0 -> json.put("malignant", !json.path("malignant").asBoolean());
                    case 1 -> json.put("rare", !json.path("rare").asBoolean());
                    case 2 -> json.put("title", "Another title \u00e9 \u2014 \"quoted\"");
                    case 3 -> json.putArray("tags").add("first-tag").add("Second Tag");
                    case 4 -> json.put("modality", "other modality");
                    case 5 -> json.put("specialty", "other specialty");
                    case 6 -> image(json).put("role", "prior");
                    case 7 -> image(json).put("license", "CC-BY-4.0");
                    default -> image(json).put("attribution", "Someone \u00e9lse");
                }
            }
        }
    }

    @Test
    void givesNothingWhenAValueItReadsIsNotOfTheSchemasForm() throws IOException {
        List<Consumer<ObjectNode>> changes = List.of(
                json -> json.remove("id"),
                json -> json.put("id", 7),
                json -> json.put("id", "Upper"),
                json -> json.put("id", "-dash-first"),
                json -> json.put("id", "../x"),
                json -> json.remove("title"),
                json -> json.putNull("title"),
                json -> json.put("modality", 3),
                json -> json.put("specialty", true),
                json -> json.put("tags", "one"),
                json -> json.putArray("tags").add(1),
                json -> json.put("malignant", "yes"),
                json -> json.putNull("rare"),
                json -> json.remove("images"),
                json -> json.putArray("images"),
                json -> json.put("images", "lesion.png"),
                json -> ((ArrayNode) json.get("images")).add("lesion.png"),
                json -> image(json).remove("sha256"),
                json -> image(json).put("mediaType", 1),
                json -> image(json).remove("license"),
                json -> image(json).putNull("attribution"),
                json -> image(json).put("role", 2),
                json -> image(json).put("shownAtTurn", 0),
                json -> image(json).put("shownAtTurn", "1"),
                json -> image(json).put("shownAtTurn", 1.5),
                json -> image(json).put("uri", "/etc/passwd"),
                json -> image(json).put("uri", "\\\\server\\share\\x.png"),
                json -> image(json).put("uri", "file:///etc/passwd"),
                json -> image(json).put("uri", "http://example.org/x.png"),
                json -> image(json).put("uri", "https:///x.png"),
                json -> image(json).put("uri", "classpath:"),
                json -> image(json).put("uri", ""));
        for (int i = 0; i < changes.size(); i++) {
            ObjectNode json = naevus();
            changes.get(i).accept(json);

            assertThat(scan(JSON.writeValueAsString(json))).as("change %d: %s", i, json).isEmpty();
        }
    }

    @Test
    void givesNothingForTextThatIsNotOneWellFormedObjectWithinTheLimits() throws IOException {
        String naevus = JSON.writeValueAsString(naevus());
        for (String text : List.of("", "null", "[]", "\"text\"", naevus.substring(0, naevus.length() - 1),
                naevus + " {}", naevus + " x", "{\"id\": \"a\", \"id\": \"b\"}",
                naevus.replaceFirst("\\{", "{\"x\": " + "[".repeat(70) + "]".repeat(70) + ", "),
                naevus.replaceFirst("\\{", "{\"n\": " + "1".repeat(80) + ", "),
                naevus.replace("\"title\"", "'title'"))) {
            assertThat(scan(text)).as(text.length() > 80 ? text.substring(0, 80) + "..." : text).isEmpty();
        }
    }

    @Test
    void leavesWhatItDoesNotReadToTheFullReadWhenTheCaseRuns() throws IOException {
        List<Consumer<ObjectNode>> changes = List.of(
                json -> json.put("unknownField", 1),
                json -> json.put("audience", "nurse"),
                json -> json.remove("groundTruth"),
                json -> ((ObjectNode) json.get("plan")).put("type", "exec"),
                json -> image(json).put("sha256", "not-a-hash"),
                json -> image(json).put("mediaType", "text/html"),
                json -> image(json).put("uri", "../../outside.png"),
                json -> image(json).put("shownAtTurn", 99),
                json -> image(json).putArray("rois").addObject().put("id", "r").putArray("box").add(2));
        for (Consumer<ObjectNode> change : changes) {
            ObjectNode json = naevus();
            change.accept(json);
            Path file = folder.resolve("case.json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));

            List<LoadedCase> loaded = new ArrayList<>();
            new CaseLoader().readOutlines(CaseFile.of(file, folder), loaded::add);

            assertThat(loaded).as(json.toString()).singleElement().satisfies(read -> {
                assertThat(read.problem()).isEmpty();
                assertThat(read.benchmarkCase()).as("not read in full at discovery").isEmpty();
                assertThatThrownBy(() -> read.stored().orElseThrow().load()).as(json.toString())
                        .isInstanceOf(CaseFormatException.class).hasMessageStartingWith(CaseLoader.displayName(file) + ":");
            });
        }
    }

    @Test
    void aCaseTheScanDoesNotTakeIsReadInFullAndItsProblemsReported() throws IOException {
        ObjectNode json = naevus();
        json.put("malignant", "yes");
        Path file = folder.resolve("case.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));

        List<LoadedCase> loaded = new ArrayList<>();
        new CaseLoader().readOutlines(CaseFile.of(file, folder), loaded::add);

        assertThat(loaded).singleElement().satisfies(read -> assertThat(read.problem()).get()
                .extracting(Throwable::getMessage).asString().contains("case.json:").contains("/malignant"));
    }

    private static Optional<CaseScan.ScannedCase> scan(String text) {
        return CaseScan.scan(text.getBytes(StandardCharsets.UTF_8), SOURCE, UnaryOperator.identity());
    }

    private static ObjectNode naevus() throws IOException {
        return (ObjectNode) JSON.readTree(NAEVUS.toFile());
    }

    private static ObjectNode image(ObjectNode json) {
        return (ObjectNode) json.get("images").get(0);
    }
}
