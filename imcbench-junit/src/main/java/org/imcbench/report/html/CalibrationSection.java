package org.imcbench.report.html;

import java.util.List;
import org.imcbench.report.CalibrationReport;
import org.imcbench.report.CalibrationReport.AgreementReport;
import org.imcbench.report.CalibrationReport.Estimate;
import org.imcbench.report.CalibrationReport.MapReport;

/**
 * Agreement with clinicians (with {@code imcbench.jury.annotations}): per rater the pooled figures with
 * their intervals, {@code jury-cross-fitted} being the calibrated jury's honest figure, then per
 * dimension whether its calibration map was kept.
 */
final class CalibrationSection {
    private CalibrationSection() {
    }

    static void render(Html html, CalibrationReport calibration) {
        html.element("h2", "Agreement with clinicians (" + calibration.itemsMatched() + " items, 95% interval)");
        html.element("p", "jury-cross-fitted: the calibrated jury on items its map was not fitted on (the figure "
                + "to read); jury-calibrated: the configured map, in-sample if it was fitted on these annotations.");
        html.open("table", "class", "calibration").open("tr");
        for (String heading : List.of("rater", "items", "qwk", "rho", "MAE", "bias")) {
            html.element("th", heading);
        }
        html.close("tr");
        for (AgreementReport row : calibration.agreement()) {
            if (row.dimension().equals("all")) {
                html.open("tr").element("td", row.rater()).element("td", Integer.toString(row.items()))
                        .element("td", estimate(row.qwk())).element("td", estimate(row.spearmanRho()))
                        .element("td", estimate(row.meanAbsoluteError())).element("td", estimate(row.meanBias()))
                        .close("tr");
            }
        }
        html.close("table");
        if (calibration.maps() == null || calibration.maps().isEmpty()) {
            return;
        }
        html.open("table", "class", "calibration-maps").open("tr");
        for (String heading : List.of("dimension", "items", "jury MAE", "cross-fitted MAE", "in-sample MAE",
                "map")) {
            html.element("th", heading);
        }
        html.close("tr");
        for (MapReport map : calibration.maps()) {
            html.open("tr").element("td", map.dimension()).element("td", Integer.toString(map.items()))
                    .element("td", Html.number(map.juryMae())).element("td", Html.number(map.crossFittedMae()))
                    .element("td", Html.number(map.inSampleMae()))
                    .element("td", map.applied() ? "kept" : "not applied: no better than the jury held out")
                    .close("tr");
        }
        html.close("table");
    }

    /** A figure with its interval, e.g. {@code 0.71 [0.52, 0.86]}. */
    static String estimate(Estimate estimate) {
        return Html.number(estimate.estimate()) + " " + Html.interval(estimate.lower(), estimate.upper());
    }
}
