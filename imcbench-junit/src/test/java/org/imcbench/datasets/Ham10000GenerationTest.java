package org.imcbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator on a tiny HAM10000: one row per dx code, tiny JPEGs made here. */
class Ham10000GenerationTest {
    private static final List<String> DX = List.of("akiec", "bcc", "bkl", "df", "mel", "nv", "vasc");

    @TempDir
    Path dir;

    @Test
    void everyDxBecomesAValidCaseUnderTheDatasetLicenceWithItsSiteAndNoGiveaway() throws IOException {
        StringBuilder csv = new StringBuilder("lesion_id,image_id,dx,dx_type,age,sex,localization\n");
        for (int i = 0; i < DX.size(); i++) {
            csv.append("HAM_L").append(i).append(",ISIC_00").append(i).append(',').append(DX.get(i))
                    .append(",histo,").append(30 + 5 * i).append(".0,").append(i % 2 == 0 ? "female" : "male")
                    .append(',').append(i % 2 == 0 ? "lower extremity" : "back").append('\n');
            DatasetFixtures.image(dir.resolve("HAM10000_images_part_1/ISIC_00" + i + ".jpg"), "jpg", i);
        }
        csv.append("HAM_L9,ISIC_009,unknown_dx,histo,40.0,unknown,unknown\n");
        Path labels = Files.writeString(dir.resolve("HAM10000_metadata.csv"), csv);
        JsonNode knowledge = DatasetFixtures.knowledge("ham10000");

        for (int seed = 1; seed <= 3; seed++) {
            Path out = dir.resolve("cases" + seed);
            DatasetFixtures.Run run = DatasetFixtures.generate("--dataset", "ham10000", "--labels", labels.toString(),
                    "--images", dir.toString(), "--out", out.toString(), "--seed", Integer.toString(seed),
                    "--audience", "patient");

            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("8 row(s) read; wrote 7 case(s)")
                    .contains("skipped: no knowledge entry for label \"unknown_dx\" (1 row(s))")
                    .contains("7 case(s) loaded, 0 problem(s)");
            for (JsonNode generated : DatasetFixtures.cases(out)) {
                String dx = DX.get(Integer.parseInt(generated.get("id").asText().substring("ham-isic_00".length())));
                JsonNode image = generated.get("images").get(0);
                assertThat(image.get("license").asText()).isEqualTo("CC-BY-NC-4.0");
                assertThat(image.get("attribution").asText()).contains("Tschandl P").contains("ISIC_00");
                assertThat(generated.get("malignant").asBoolean()).isEqualTo(List.of("akiec", "bcc", "mel").contains(dx));
                assertThat(generated.get("groundTruth").get("diagnosis"))
                        .isEqualTo(DatasetFixtures.entry(knowledge, dx).get("diagnosis"));
                assertThat(generated.get("plan").get("opening").asText())
                        .containsAnyOf(" on my leg", " on my back").contains("dermatoscope");
                for (String text : DatasetFixtures.visibleText(generated)) {
                    for (Pattern giveaway : DatasetFixtures.giveaways(knowledge, dx)) {
                        assertThat(giveaway.matcher(text).find()).as("%s: \"%s\" gives away %s", dx, text, giveaway)
                                .isFalse();
                    }
                }
            }
        }
    }
}
