package org.imcbench.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The harness's answer: one row per measure of issue 14's table (and the endpoint's own calibration),
 * each with what was measured, the bound or goal it is divided by, the ratio and the goal,
 * printed as a Markdown table.
 */
public final class ResultTable {
    private final List<Row> rows = new ArrayList<>();

    /**
     * One measure.
     *
     * @param measure what is measured, with the number of cases
     * @param measured the measured value with its unit, or why it was not measured
     * @param bound the bound or goal the measurement is divided by, with its unit; empty for yes/no rows
     * @param ratio measured ÷ bound to two decimals; empty where there is no ratio
     * @param goal the goal
     */
    public record Row(String measure, String measured, String bound, String ratio, String goal) {
        /** A row whose ratio is {@code measured ÷ bound}, both in the same unit, shown with {@code unit}. */
        public static Row ratio(String measure, double measured, double bound, String unit, String goal) {
            return new Row(measure, number(measured) + unit, number(bound) + unit,
                    String.format(Locale.ROOT, "%.2f", measured / bound), goal);
        }

        /** A row without a ratio (a yes/no outcome, or why it was not measured). */
        public static Row plain(String measure, String measured, String goal) {
            return new Row(measure, measured, "", "", goal);
        }

        /** This row with a note after the measured value. */
        public Row withNote(String note) {
            return new Row(measure, measured + " (" + note + ")", bound, ratio, goal);
        }
    }

    /** Adds a row. */
    public void add(Row row) {
        rows.add(row);
    }

    /** Adds {@link Row#ratio(String, double, double, String, String)}. */
    public void ratio(String measure, double measured, double bound, String unit, String goal) {
        add(Row.ratio(measure, measured, bound, unit, goal));
    }

    /** Adds {@link Row#plain(String, String, String)}. */
    public void plain(String measure, String measured, String goal) {
        add(Row.plain(measure, measured, goal));
    }

    /** The rows in the order they were added. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The table in Markdown. */
    public String markdown() {
        StringBuilder text = new StringBuilder("| measure | measured | bound | ratio | goal |\n| --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            text.append("| ").append(String.join(" | ", cell(row.measure()), cell(row.measured()), cell(row.bound()),
                    cell(row.ratio()), cell(row.goal()))).append(" |\n");
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.isEmpty() ? "—" : text.replace("|", "\\|").replace('\n', ' ');
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
