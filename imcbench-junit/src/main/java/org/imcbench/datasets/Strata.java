package org.imcbench.datasets;

/**
 * The stratum of an image for sampling: its primary label, whether it is malignant or rare, the
 * patient's sex and age band ({@code 0-17}, {@code 18-39}, {@code 40-64}, {@code 65+}).
 */
final class Strata {
    private Strata() {
    }

    /** The stratum name, e.g. {@code Nodule|common|female|40-64}. */
    static String of(DatasetRow row, LabelTruth truth) {
        String kind = truth.malignant() ? (truth.rare() ? "malignant-rare" : "malignant")
                : truth.rare() ? "rare" : "common";
        return String.join("|", truth.primary(), kind, row.sex().orElse("unknown"), ageBand(row));
    }

    /** The age band of the row. */
    static String ageBand(DatasetRow row) {
        if (row.age().isEmpty()) {
            return "unknown";
        }
        int age = row.age().getAsInt();
        return age < 18 ? "0-17" : age < 40 ? "18-39" : age < 65 ? "40-64" : "65+";
    }
}
