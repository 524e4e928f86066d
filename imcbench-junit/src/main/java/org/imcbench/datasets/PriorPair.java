package org.imcbench.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Two studies of the same patient: an earlier one (the case's {@code prior}) and a later one.
 *
 * @param earlier the earlier study
 * @param later the later study
 */
public record PriorPair(DatasetRow earlier, DatasetRow later) {
    /** Checks that both are studies of one patient and the earlier has the lower follow-up number. */
    public PriorPair {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        if (earlier.patientId().isEmpty() || !earlier.patientId().equals(later.patientId())) {
            throw new IllegalArgumentException("a prior study must be of the same patient: "
                    + earlier.imageFile() + " (" + earlier.patientId() + "), " + later.imageFile() + " ("
                    + later.patientId() + ")");
        }
        if (earlier.followUp() >= later.followUp()) {
            throw new IllegalArgumentException("the prior study must come first: follow-up " + earlier.followUp()
                    + " is not before " + later.followUp());
        }
    }

    /**
     * Every pair of consecutive studies of one patient: rows of each patient id in follow-up order,
     * each row paired with the one before it (rows sharing a follow-up number are not paired).
     *
     * @param rows the dataset's rows
     * @return the pairs, by patient id and then follow-up number
     */
    public static List<PriorPair> of(List<DatasetRow> rows) {
        Map<String, List<DatasetRow>> byPatient = new TreeMap<>();
        rows.stream().filter(row -> !row.patientId().isEmpty())
                .forEach(row -> byPatient.computeIfAbsent(row.patientId(), id -> new ArrayList<>()).add(row));
        List<PriorPair> pairs = new ArrayList<>();
        for (List<DatasetRow> studies : byPatient.values()) {
            studies.sort(Comparator.comparingInt(DatasetRow::followUp).thenComparing(DatasetRow::imageFile));
            for (int i = 1; i < studies.size(); i++) {
                if (studies.get(i - 1).followUp() < studies.get(i).followUp()) {
                    pairs.add(new PriorPair(studies.get(i - 1), studies.get(i)));
                }
            }
        }
        return pairs;
    }
}
