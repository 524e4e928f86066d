package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseMultiplierTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void copiesTheStarterCasesRoundByRoundWithSimulatedPlans(@TempDir Path dir) throws IOException {
        CaseMultiplier multiplier = CaseMultiplier.ofStarterSuite();
        assertThat(multiplier.starterCount()).isEqualTo(39);

        multiplier.write(dir, 60, 3);

        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(file -> file.getFileName().toString()).sorted().toList();
        }
        // 60 = one round of 39 + the first 21 starters (in file name order) a second time, and the suite file
        assertThat(names).hasSize(61).contains("bench.suite.json", "cxr-atelectasis-001-r2.json",
                "derm-melanoma-arm-001-r2.json", "path-small-cell-lung-clinician-001-r1.json")
                .doesNotContain("derm-melanoma-back-001-r2.json", "path-small-cell-lung-clinician-001-r2.json");
        JsonNode copy = read(dir.resolve("cxr-nodule-001-r2.json"));
        JsonNode starter = starter("cxr-nodule-001.json");
        assertThat(copy.get("id").asText()).isEqualTo("cxr-nodule-001-r2");
        assertThat(copy.has("$schema")).isFalse();
        assertThat(copy.get("images")).isEqualTo(starter.get("images"));
        assertThat(copy.get("groundTruth")).isEqualTo(starter.get("groundTruth"));
        // a scripted plan becomes a simulated one opening with its first turn
        assertThat(copy.at("/plan/type").asText()).isEqualTo("simulated");
        assertThat(copy.at("/plan/maxTurns").asInt()).isEqualTo(3);
        assertThat(copy.at("/plan/opening").asText()).isEqualTo(starter.at("/plan/turns/0/text").asText());
        assertThat(read(dir.resolve("derm-nevus-001-r1.json")).at("/plan/opening").asText())
                .isEqualTo(starter("derm-nevus-001.json").at("/plan/opening").asText());
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static JsonNode starter(String name) throws IOException {
        try (InputStream in = CaseMultiplier.class.getClassLoader()
                .getResourceAsStream(CaseMultiplier.STARTER + "/" + name)) {
            return JSON.readTree(in);
        }
    }
}
