package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 20 deliberately broken case files of {@code cases/invalid}: each gives exactly one message
 * with file, line, column and JSON pointer, word for word (the one with two problems gives both),
 * while the valid cases beside them load.
 * Schema and reference errors come from loading; hash, media-type and size errors from reading the
 * image.
 */
class BrokenCasesTest {
    /** The size bound the folder is checked with: {@code images/noise-64.png} (12,420 bytes) is over it. */
    static final long MAX_BYTES = 8 * 1024;
    static final String FOLDER = "src/test/resources/cases/invalid";
    private static final int BROKEN_FILES = 20;

    private static CaseValidator.Report report;

    @BeforeAll
    static void validateTheFolder(@TempDir Path cache) {
        ImageResolver resolver = new ImageResolver(new ImageSettings(Optional.empty(), cache, true, Optional.empty(),
                MAX_BYTES, 2));
        report = new CaseValidator(resolver).validate(CaseDirectory.of(FOLDER, BrokenCasesTest.class.getClassLoader()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            bad-media-type-name.json     | 8:20  | /images/0/mediaType    | must be one of image/gif, image/jpeg, image/png, image/webp
            bad-plan-type.json           | 15:20 | /plan/type             | must be "scripted" or "simulated"
            bad-sha256.json              | 7:17  | /images/0/sha256       | must be 64 lower-case hex characters
            duplicate-roi-id.json        | 23:16 | /images/1/rois/0/id    | duplicate ROI id 'spot', already defined at /images/0/rois/0/id
            escapes-suite.json           | 6:14  | /images/0/uri          | relative path escapes the suite folder
            http-scheme.json             | 6:14  | /images/0/uri          | must be a relative path (not absolute), a classpath: resource or an https: URL with a host
            missing-id.json              | 1:1   | /id                    | is required
            roi-box-inverted.json        | 12:58 | /images/0/rois/0/box   | must have x0 < x1 and y0 < y1 (left, top, right, bottom)
            roi-box-outside.json         | 12:69 | /images/0/rois/0/box/2 | must be from 0 to 1 (a fraction of the image width or height)
            roi-box-three-numbers.json   | 12:58 | /images/0/rois/0/box   | must be 4 numbers [x0, y0, x1, y1]
            roi-undefined-reference.json | 20:57 | /plan/turns/1/rois/1   | names no ROI of this case: 'mass' (defined: spot)
            shown-after-plan.json        | 11:22 | /images/0/shownAtTurn  | is turn 3, but the plan has only 2 patient turns
            zoom-undefined.json          | 20:44 | /plan/turns/1/zoom     | names no ROI of this case: 'edge' (defined: spot)
            zz-duplicate-case-id.json    | 2:9   | /id                    | duplicate case id 'valid-plain' in this suite, already used by src/test/resources/cases/invalid/valid-plain.json
            media-type-mismatch.json     | 8:20  | /images/0/mediaType    | the bytes of images/tiny-lesion.png are image/png, not image/jpeg
            sha256-mismatch.json         | 7:17  | /images/0/sha256       | sha256 mismatch: the bytes of images/tiny-lesion.png have sha256 7729bbe1b7f3bc49454cd2c2cac83691f59d499f9af0c8f9d19165b4c5f1ff55, not 9bdd5332469581639bebf4af558cab293b5a2ad751cd6303f1c1e3afba22d3d9
            too-large.json               | 6:14  | /images/0/uri          | image is larger than imcbench.images.max-bytes (8192 bytes)
            unsupported-bytes.json       | 8:20  | /images/0/mediaType    | unsupported media type: the bytes of images/not-an-image.png are not a JPEG, PNG, GIF or WebP image
            """)
    void eachBrokenFileGivesOneLocatedMessage(String file, String lineAndColumn, String pointer, String problem) {
        String prefix = FOLDER + "/" + file + ":";

        assertThat(report.problems()).filteredOn(message -> message.startsWith(prefix))
                .containsExactly(prefix + lineAndColumn + ": " + pointer + ": " + problem);
    }

    @Test
    void aFileWithTwoProblemsGivesBoth() {
        String prefix = FOLDER + "/unknown-field.json:";

        assertThat(report.problems()).filteredOn(message -> message.startsWith(prefix)).containsExactly(
                prefix + "1:1: /groundTruth: is required",
                prefix + "14:18: /groundtruth: unknown field; allowed fields here are $schema, audience, groundTruth, "
                        + "guidance, id, images, language, malignant, modality, patient, persona, plan, provenance, "
                        + "rare, specialty, tags, title, urgency");
    }

    @Test
    void invalidJsonNamesJacksonsProblemAtItsPosition() {
        String prefix = FOLDER + "/bad-syntax.json:";

        assertThat(report.problems()).filteredOn(message -> message.startsWith(prefix)).containsExactly(prefix
                + "4:3: invalid JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object "
                + "entries");
    }

    @Test
    void everyProblemIsReportedOnceAndTheValidCasesLoad() {
        assertThat(report.problems()).hasSize(BROKEN_FILES + 1)
                .noneMatch(message -> message.contains("valid-plain.json:") || message.contains("valid-two-images"));
        // the two valid cases, and the four whose problems are only found in their image bytes
        assertThat(report.validCases()).isEqualTo(6);
    }
}
