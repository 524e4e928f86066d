package org.imcbench.run;

import java.util.List;
import java.util.Objects;
import org.imcbench.jury.ClinicianAnnotation;

/**
 * The clinician annotations a suite's jury is compared with ({@code imcbench.jury.annotations}).
 *
 * @param annotations the annotations, one score per case, dimension and rater
 * @param source the annotation file's name, for reports
 */
public record ClinicianAnnotations(List<ClinicianAnnotation> annotations, String source) {
    /** Copies the annotations. */
    public ClinicianAnnotations {
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(source, "source");
    }
}
