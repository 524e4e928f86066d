package org.imcbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stratified sampling hits the counts computed by hand, in the sampler and through the generator. */
class StratifiedSamplingTest {
    @TempDir
    Path dir;

    @Test
    void proportionalSharesAreExactWhenTheyAreWholeNumbers() {
        List<String> population = population(Map.of("a", 20, "b", 10, "c", 10));

        StratifiedSampler.Sample<String> sample = StratifiedSampler.sample(population, item -> item.split("#")[0], 20,
                new SplittableRandom(1));

        assertThat(sample.allocation()).isEqualTo(Map.of("a", 10, "b", 5, "c", 5));
        assertThat(counts(sample.items())).isEqualTo(Map.of("a", 10L, "b", 5L, "c", 5L));
        assertThat(sample.items()).doesNotHaveDuplicates().allMatch(population::contains);
    }

    @Test
    void remaindersGoToTheLargestFractionsTiesToTheFirstName() {
        // shares of 5 from 7/2/1: 3.5, 1.0, 0.5 -> floors 3, 1, 0; one left; a and c tie at .5, a sorts first
        List<String> population = population(Map.of("a", 7, "b", 2, "c", 1));

        StratifiedSampler.Sample<String> sample = StratifiedSampler.sample(population, item -> item.split("#")[0], 5,
                new SplittableRandom(7));

        assertThat(sample.allocation()).isEqualTo(Map.of("a", 4, "b", 1, "c", 0));
        assertThat(counts(sample.items())).isEqualTo(Map.of("a", 4L, "b", 1L));
    }

    @Test
    void theSameSeedDrawsTheSameItemsAndASizeBeyondThePopulationTakesAll() {
        List<String> population = population(Map.of("a", 30, "b", 30));
        Function<String, String> stratum = item -> item.split("#")[0];

        assertThat(StratifiedSampler.sample(population, stratum, 10, new SplittableRandom(3)).items())
                .isEqualTo(StratifiedSampler.sample(population, stratum, 10, new SplittableRandom(3)).items())
                .isNotEqualTo(StratifiedSampler.sample(population, stratum, 10, new SplittableRandom(4)).items());
        assertThat(StratifiedSampler.sample(population, stratum, 100, new SplittableRandom(3)).items())
                .containsExactlyInAnyOrderElementsOf(population);
    }

    @Test
    void theGeneratorHitsTheCountsOfEachStratumOfLabelSexAndAgeBand() throws IOException {
        // Nodule|common|female|40-64: 8 rows; Mass|common|male|65+: 4; Pneumothorax|common|female|18-39: 4
        StringBuilder csv = new StringBuilder("Image Index,Finding Labels,Follow-up #,Patient ID,Patient Age,"
                + "Patient Gender,View Position\n");
        int patient = 0;
        for (Object[] stratum : new Object[][] {{"Nodule", 8, 50, "F"}, {"Mass", 4, 70, "M"},
            {"Pneumothorax", 4, 25, "F"}}) {
            for (int i = 0; i < (int) stratum[1]; i++) {
                patient++;
                String file = String.format("%08d_000.png", patient);
                csv.append(file).append(',').append(stratum[0]).append(",0,").append(patient).append(',')
                        .append((int) stratum[2] + i).append(',').append(stratum[3]).append(",PA\n");
                DatasetFixtures.image(dir.resolve("images").resolve(file), "png", patient);
            }
        }
        Path labels = Files.writeString(dir.resolve("Data_Entry_2017.csv"), csv);
        DatasetFixtures.Run run = DatasetFixtures.generate("--dataset", "chestxray14", "--labels", labels.toString(),
                "--images", dir.resolve("images").toString(), "--out", dir.resolve("cases").toString(), "--size", "8");

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        Map<String, Long> byStratum = new TreeMap<>();
        for (JsonNode generated : DatasetFixtures.cases(dir.resolve("cases"))) {
            JsonNode patientNode = generated.get("patient");
            byStratum.merge(generated.get("groundTruth").get("diagnosis").get("label").asText().split(",")[0] + "|"
                    + patientNode.get("sex").asText() + "|" + patientNode.get("age").asInt() / 10, 1L, Long::sum);
        }
        assertThat(byStratum.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(8);
        assertThat(byStratum.entrySet().stream().collect(Collectors.groupingBy(e -> e.getKey().split("\\|")[0],
                Collectors.summingLong(Map.Entry::getValue))))
                .isEqualTo(Map.of("pulmonary nodule", 4L, "lung mass", 2L, "pneumothorax", 2L));
    }

    private static List<String> population(Map<String, Integer> sizes) {
        List<String> items = new ArrayList<>();
        new TreeMap<>(sizes).forEach((name, size) -> {
            for (int i = 0; i < size; i++) {
                items.add(name + "#" + i);
            }
        });
        return items;
    }

    private static Map<String, Long> counts(List<String> items) {
        return items.stream().collect(Collectors.groupingBy(item -> item.split("#")[0], Collectors.counting()));
    }
}
