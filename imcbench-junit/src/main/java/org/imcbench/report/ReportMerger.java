package org.imcbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the reports of shards of one suite (same suite and model) into one: the union of their
 * cases, with counts, means, usage and statistics recomputed from the cases. A case id in two
 * shards must have identical entries (it is kept once); different entries are a conflict.
 */
public final class ReportMerger {
    private ReportMerger() {
    }

    /**
     * Merges the shards.
     *
     * @throws IllegalArgumentException for no shard, shards of different suites or models, or a case
     *     id with conflicting entries
     */
    public static SuiteReport merge(List<SuiteReport> shards) {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("no report to merge");
        }
        SuiteReport first = shards.get(0);
        Map<String, CaseReport> cases = new LinkedHashMap<>();
        for (SuiteReport shard : shards) {
            if (!shard.suite().equals(first.suite()) || !shard.run().model().equals(first.run().model())) {
                throw new IllegalArgumentException("cannot merge suite '" + shard.suite() + "' of model '"
                        + shard.run().model() + "' into suite '" + first.suite() + "' of model '"
                        + first.run().model() + "'");
            }
            for (CaseReport report : shard.cases()) {
                CaseReport earlier = cases.putIfAbsent(report.id(), report);
                if (earlier != null && !earlier.equals(report)) {
                    throw new IllegalArgumentException("case '" + report.id() + "' has different results in "
                            + "two reports");
                }
            }
        }
        List<CaseReport> merged = List.copyOf(cases.values());
        List<AblationReport> ablations = ablations(shards, merged);
        return new SuiteReport(SuiteReport.SCHEMA_VERSION, first.suite(),
                shards.stream().map(SuiteReport::startedAt).min(Comparator.naturalOrder()).orElseThrow(),
                shards.stream().map(SuiteReport::finishedAt).max(Comparator.naturalOrder()).orElseThrow(),
                shards.stream().anyMatch(SuiteReport::simulated), first.notice(), first.run(),
                summary(shards, merged, ablations), merged, SuiteStatistics.of(merged), null, ablations, null,
                // gates judge one run's whole suite: not merged
                List.of());
    }

    private static SummaryReport summary(List<SuiteReport> shards, List<CaseReport> cases,
            List<AblationReport> ablations) {
        List<String> dimensions = CaseScores.dimensions(cases).stream()
                .filter(dimension -> !CaseScores.OVERALL.equals(dimension)).toList();
        List<CaseReport> variantCases = ablations.stream().flatMap(ablation -> ablation.cases().stream()).toList();
        SummaryFigures figures = SummaryFigures.of(dimensions, cases, variantCases);
        List<CaseReport> all = new ArrayList<>(cases);
        all.addAll(variantCases);
        List<UsageReport> usage = usage(all);
        Double cost = usage.stream().anyMatch(role -> role.costUsd() == null) ? null
                : usage.stream().mapToDouble(UsageReport::costUsd).sum();
        return new SummaryReport(figures.cases(), figures.conversationsFailed(), figures.checksPassed(),
                figures.checksFailed(), figures.checksNotJudged(), figures.meanScores(),
                union(shards, summary -> summary.failedChecks()), union(shards, summary -> summary.notJudged()),
                figures.inputTokens(), figures.outputTokens(),
                shards.stream().mapToLong(shard -> shard.summary().durationMillis()).sum(), usage, cost, null,
                union(shards, summary -> summary.skippedCases()), figures.meanOverallScore(),
                // judge agreement and clinician calibration are properties of one run: not merged
                Map.of(), union(shards, summary -> summary.needsHumanReview()),
                union(shards, summary -> summary.warnings()), null);
    }

    private static List<String> union(List<SuiteReport> shards,
            Function<SummaryReport, List<String>> lines) {
        Set<String> union = new LinkedHashSet<>();
        shards.forEach(shard -> union.addAll(lines.apply(shard.summary())));
        return List.copyOf(union);
    }

    private static List<UsageReport> usage(List<CaseReport> cases) {
        Map<String, List<UsageReport>> byRole = new LinkedHashMap<>();
        cases.forEach(report -> report.usage().forEach(role ->
                byRole.computeIfAbsent(role.role(), key -> new ArrayList<>()).add(role)));
        List<UsageReport> merged = new ArrayList<>();
        byRole.forEach((role, parts) -> {
            Set<String> unpriced = new TreeSet<>();
            parts.forEach(part -> unpriced.addAll(part.unpricedModels()));
            Double cost = parts.stream().map(UsageReport::costUsd).anyMatch(Objects::isNull) ? null
                    : parts.stream().mapToDouble(UsageReport::costUsd).sum();
            merged.add(new UsageReport(role, parts.stream().mapToLong(UsageReport::calls).sum(),
                    parts.stream().mapToLong(UsageReport::cachedCalls).sum(),
                    parts.stream().mapToLong(UsageReport::inputTokens).sum(),
                    parts.stream().mapToLong(UsageReport::outputTokens).sum(), cost, List.copyOf(unpriced)));
        });
        return merged;
    }

    /** Each variant's cases from every shard, compared again with the merged full cases. */
    private static List<AblationReport> ablations(List<SuiteReport> shards, List<CaseReport> merged) {
        Map<String, List<CaseReport>> byVariant = new LinkedHashMap<>();
        shards.forEach(shard -> shard.ablations().forEach(ablation -> byVariant
                .computeIfAbsent(ablation.variant(), variant -> new ArrayList<>()).addAll(ablation.cases())));
        return byVariant.entrySet().stream()
                .map(entry -> AblationReport.of(entry.getKey(), merged, entry.getValue()))
                .toList();
    }
}
