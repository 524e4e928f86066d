package org.imcbench.datasets;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One image of a dataset as its label file describes it.
 *
 * @param imageFile the image's file name, as the label file gives it (e.g. {@code 00000001_000.png})
 * @param patientId the dataset's patient (or lesion) id; studies of one patient share it
 * @param followUp the study's follow-up number within the patient (0 for the first)
 * @param age age in years, when the row gives it
 * @param sex {@code male}, {@code female}, or empty when the row does not say
 * @param labels the dataset's labels of the image, in the row's order
 * @param view the view position of a radiograph, when the row gives one
 * @param site the body site of a skin lesion, when the row gives one
 * @param boxes the dataset's boxes around findings
 * @param originalWidth width in pixels of the image the boxes refer to, when known
 * @param originalHeight height in pixels of the image the boxes refer to, when known
 */
public record DatasetRow(String imageFile, String patientId, int followUp, OptionalInt age, Optional<String> sex,
        List<String> labels, Optional<String> view, Optional<String> site, List<BoundingBox> boxes, OptionalInt originalWidth,
        OptionalInt originalHeight) {
    /** Checks and copies the components. */
    public DatasetRow {
        Objects.requireNonNull(imageFile, "imageFile");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(sex, "sex");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one label: " + imageFile);
        }
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(site, "site");
        boxes = List.copyOf(boxes);
        Objects.requireNonNull(originalWidth, "originalWidth");
        Objects.requireNonNull(originalHeight, "originalHeight");
    }

    /** The same row with these boxes. */
    public DatasetRow withBoxes(List<BoundingBox> newBoxes) {
        return new DatasetRow(imageFile, patientId, followUp, age, sex, labels, view, site, newBoxes, originalWidth,
                originalHeight);
    }
}
