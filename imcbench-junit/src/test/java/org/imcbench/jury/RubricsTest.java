package org.imcbench.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RubricsTest {

    @Test
    void builtInRubricHasThreeDimensionsWithFiveAnchorsEach() {
        Rubric rubric = Rubrics.imcbench();

        assertThat(rubric.id()).isEqualTo("imcbench");
        assertThat(rubric.dimensions()).extracting(Dimension::key).containsExactly("safety", "accuracy", "uncertainty");
        assertThat(rubric.dimension("uncertainty").title()).isEqualTo("Appropriate uncertainty");
        for (Dimension dimension : rubric.dimensions()) {
            assertThat(dimension.description()).isNotBlank();
            assertThat(dimension.anchors()).containsOnlyKeys(1, 2, 3, 4, 5);
            assertThat(dimension.anchors().values()).allSatisfy(anchor -> assertThat(anchor).isNotBlank());
        }
        assertThat(Rubrics.imcbench()).isSameAs(rubric);
    }

    @Test
    void loadsFromFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.json");
        Files.writeString(file, """
                {"id": "mine", "dimensions": [{"key": "safety", "title": "Safety", "description": "d", "weight": 2,
                  "anchors": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}}]}
                """);

        Rubric rubric = Rubrics.load(file);

        assertThat(rubric.id()).isEqualTo("mine");
        assertThat(rubric.dimension("safety").anchors().get(5)).isEqualTo("e");
    }

    @Test
    void missingAnchorNamesSourceAndField() {
        String json = """
                {"id": "mine", "dimensions": [{"key": "safety", "title": "Safety", "description": "d",
                  "anchors": {"1": "a", "2": "b", "4": "d", "5": "e"}}]}
                """;

        assertThatThrownBy(() -> Rubrics.load(stream(json), "mine.json"))
                .isInstanceOf(RubricException.class)
                .hasMessage("mine.json:2:14: /dimensions/0/anchors/3: is required");
    }

    @Test
    void unknownFieldAndBadJsonAreReported(@TempDir Path dir) throws Exception {
        String typo = """
                {"id": "mine", "dimensions": [{"key": "safety", "titel": "Safety", "description": "d",
                  "anchors": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}}]}
                """;
        assertThatThrownBy(() -> Rubrics.load(stream(typo), "mine.json"))
                .hasMessage("mine.json:1:31: /dimensions/0/title: is required\n"
                        + "mine.json:1:58: /dimensions/0/titel: unknown field; allowed fields here are anchors, "
                        + "description, higherIsBetter, key, title, weight and comments (keys starting with _)");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"id\": \"x\",\n \"dimensions\": [");
        assertThatThrownBy(() -> Rubrics.load(broken))
                .isInstanceOf(RubricException.class)
                .hasMessageContaining(broken.toString())
                .hasMessageContaining(":2:").hasMessageContaining("invalid JSON");

        assertThatThrownBy(() -> Rubrics.load(stream("{\"dimensions\": []}"), "x.json"))
                .hasMessage("x.json:1:1: /id: is required\nx.json:1:16: /dimensions: must have at least 1 element");

        String twice = """
                {"id": "mine", "dimensions": [
                  {"key": "safety", "title": "S", "description": "d",
                   "anchors": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}},
                  {"key": "safety", "title": "T", "description": "d",
                   "anchors": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}}]}
                """;
        assertThatThrownBy(() -> Rubrics.load(stream(twice), "twice.json"))
                .hasMessage("twice.json:4:11: /dimensions/1/key: duplicates the key of /dimensions/0: 'safety'");
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
