package org.imcbench.report.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.imcbench.config.Settings;
import org.imcbench.report.CaseReport;
import org.imcbench.report.StatisticsReport.DimensionStatistics;
import org.imcbench.report.StatisticsReport.StratumStatistics;
import org.imcbench.report.Strata;
import org.imcbench.report.SuiteReport;

/**
 * The strata as a matrix, stratum × dimension: per cell the stratum's mean and number of judged
 * cases and its difference to the other cases with the difference's interval. A stratum holding
 * exactly the cases of an earlier one (e.g. {@code tag=dermatology} and {@code specialty=dermatology})
 * is left out and named beside it. A cell with fewer judged cases on either side than
 * {@code imcbench.gate.min-cases}'s default is marked small and not coloured; otherwise it is coloured
 * when the difference's interval excludes 0.
 */
final class StrataSection {
    /** Below this many judged cases on a side, a difference is not read: the gates refuse to decide on it. */
    static final int MIN_CASES = Settings.GATE_MIN_CASES.parser().apply(Settings.GATE_MIN_CASES.defaultValue());

    private StrataSection() {
    }

    static void render(Html html, SuiteReport report) {
        html.element("h2", "Strata (mean, n; difference to the other cases with its 95% interval)");
        List<StratumStatistics> strata = report.statistics().strata();
        if (strata.isEmpty()) {
            html.element("p", "No stratum splits the judged cases.");
            return;
        }
        List<String> dimensions = report.statistics().dimensions().stream().map(DimensionStatistics::dimension)
                .toList();
        Map<String, List<String>> sameAs = duplicates(report.cases());
        Set<String> repeated = sameAs.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        Map<String, Map<String, StratumStatistics>> rows = new LinkedHashMap<>();
        for (StratumStatistics s : strata) {
            if (!repeated.contains(s.stratum())) {
                rows.computeIfAbsent(s.stratum(), name -> new LinkedHashMap<>()).put(s.dimension(), s);
            }
        }
        html.element("p", "Hatched cells: fewer than " + MIN_CASES + " judged cases in the stratum or outside it "
                + "(imcbench.gate.min-cases), too few to read a difference; red and green: the interval excludes 0.",
                "class", "meta");
        html.open("table", "class", "matrix").open("tr").element("th", "stratum", "scope", "col");
        dimensions.forEach(dimension -> html.element("th", dimension, "scope", "col"));
        html.close("tr");
        rows.forEach((stratum, cells) -> {
            html.open("tr").open("th", "scope", "row").text(stratum);
            List<String> same = sameAs.getOrDefault(stratum, List.of());
            if (!same.isEmpty()) {
                html.element("small", "same cases: " + String.join(", ", same));
            }
            html.close("th");
            dimensions.forEach(dimension -> cell(html, cells.get(dimension)));
            html.close("tr");
        });
        html.close("table");
    }

    private static void cell(Html html, StratumStatistics s) {
        if (s == null) {
            html.element("td", "—");
            return;
        }
        boolean small = s.cases() < MIN_CASES || s.restCases() < MIN_CASES;
        boolean clear = s.upper() != null && (s.upper() < 0 || s.lower() > 0);
        String style = small ? "small" : clear ? (s.difference() < 0 ? "worse" : "better") : "";
        html.open("td", "class", style, "data-stratum", s.stratum(), "data-dimension", s.dimension())
                .element("b", Html.number(s.mean())).text(" n=" + s.cases() + (small ? " (small)" : ""))
                .element("small", Html.signed(s.difference()) + " " + Html.interval(s.lower(), s.upper()))
                .close("td");
    }

    /**
     * Each stratum that is the first with its set of cases, mapped to the later strata with the same
     * cases; later ones are absent. One pass over the cases: a stratum's members are the positions of
     * its cases, as bits.
     */
    static Map<String, List<String>> duplicates(List<CaseReport> cases) {
        Map<String, Predicate<CaseReport>> strata = Strata.of(cases);
        Map<String, BitSet> members = new LinkedHashMap<>();
        strata.keySet().forEach(stratum -> members.put(stratum, new BitSet()));
        int position = 0;
        for (CaseReport c : cases) {
            for (Map.Entry<String, Predicate<CaseReport>> stratum : strata.entrySet()) {
                if (stratum.getValue().test(c)) {
                    members.get(stratum.getKey()).set(position);
                }
            }
            position++;
        }
        Map<BitSet, String> first = new LinkedHashMap<>();
        Map<String, List<String>> sameAs = new LinkedHashMap<>();
        members.forEach((stratum, set) -> {
            String earlier = first.putIfAbsent(set, stratum);
            if (earlier == null) {
                sameAs.put(stratum, new ArrayList<>());
            } else {
                sameAs.get(earlier).add(stratum);
            }
        });
        return sameAs;
    }
}
