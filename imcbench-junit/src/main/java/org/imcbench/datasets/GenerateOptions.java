package org.imcbench.datasets;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.imcbench.cases.Audience;

/**
 * What to generate.
 *
 * @param dataset the dataset
 * @param labels its label file
 * @param boxes its file of boxes, when given
 * @param images the dataset root: the folder of its images (the cases' {@code imcbench.images.root})
 * @param out the folder the case files are written to
 * @param size how many single-image cases (stratified sample)
 * @param priors how many prior-study cases (pairs of one patient's studies, drawn at random)
 * @param seed the seed: the same seed and inputs give byte-identical case files
 * @param audience the audience of every case, or empty for a seeded draw per case
 * @param license the licence of the images, overriding the dataset's; needed when the dataset has none
 * @param attribution the credit of the images, overriding the dataset's
 */
public record GenerateOptions(Dataset dataset, Path labels, Optional<Path> boxes, Path images, Path out, int size,
        int priors, long seed, Optional<Audience> audience, Optional<String> license, Optional<String> attribution) {
    /** Checks the components. */
    public GenerateOptions {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(boxes, "boxes");
        Objects.requireNonNull(images, "images");
        Objects.requireNonNull(out, "out");
        if (size < 0 || priors < 0) {
            throw new IllegalArgumentException("--size and --priors must not be negative");
        }
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(license, "license");
        Objects.requireNonNull(attribution, "attribution");
    }
}
