package org.imcbench.report.html;

import java.util.List;
import java.util.Locale;
import org.imcbench.report.StatisticsReport.DimensionStatistics;

/** Per-dimension means as horizontal bars on the 1..5 scale, with the 95% interval as whiskers (inline SVG). */
final class DimensionChart {
    private static final int LABEL = 110;
    private static final int WIDTH = 400;
    private static final int ROW = 28;

    private DimensionChart() {
    }

    static void render(Html html, List<DimensionStatistics> dimensions) {
        html.element("h2", "Scores per dimension (mean, 95% interval)");
        int height = ROW * dimensions.size() + 24;
        html.open("svg", "class", "chart", "role", "img", "aria-label", "mean score per dimension on the 1 to 5 scale "
                + "with its 95% interval, as listed beside each bar", "viewBox", "0 0 " + (LABEL + WIDTH + 150) + " " + height,
                "width", Integer.toString(LABEL + WIDTH + 150), "height", Integer.toString(height));
        for (int score = 1; score <= 5; score++) {
            double x = x(score);
            html.open("line", "x1", f(x), "x2", f(x), "y1", "0", "y2", f(height - 16), "class", "grid").close("line")
                    .element("text", Integer.toString(score), "x", f(x), "y", f(height - 4), "class", "axis");
        }
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionStatistics d = dimensions.get(i);
            double y = i * ROW + 4;
            html.element("text", d.dimension(), "x", "0", "y", f(y + 15));
            if (d.mean() == null) {
                html.element("text", "not judged", "x", f(LABEL), "y", f(y + 15), "class", "axis");
                continue;
            }
            html.open("rect", "x", f(x(1)), "y", f(y + 3), "width", f(x(d.mean()) - x(1)), "height", "16",
                    "class", "bar").close("rect");
            if (d.lower() != null && d.upper() != null) {
                html.open("path", "class", "whisker", "d", "M" + f(x(d.lower())) + " " + f(y + 11) + "H"
                        + f(x(d.upper())) + "M" + f(x(d.lower())) + " " + f(y + 5) + "v12M" + f(x(d.upper())) + " "
                        + f(y + 5) + "v12").close("path");
            }
            html.element("text", Html.number(d.mean()) + " " + Html.interval(d.lower(), d.upper()),
                    "x", f(LABEL + WIDTH + 8), "y", f(y + 15), "class", "value");
        }
        html.close("svg");
    }

    /** The x of a score, an interval's bound beyond the scale drawn at its end. */
    private static double x(double score) {
        return LABEL + (Math.max(1, Math.min(5, score)) - 1) / 4 * WIDTH;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
