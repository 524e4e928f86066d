package org.imcbench.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imcbench.model.ModelRole;
import org.imcbench.model.usage.ModelTally;
import org.imcbench.model.usage.Price;
import org.imcbench.model.usage.PriceTable;
import org.imcbench.report.UsageReport;

/** Turns per-model tallies into one {@link UsageReport} per role, priced with a {@link PriceTable}. */
final class UsageReports {
    private UsageReports() {
    }

    /** One report per role, in role order (roles without calls included, with zeros). */
    static List<UsageReport> byRole(List<ModelTally> tallies, PriceTable prices) {
        List<UsageReport> reports = new ArrayList<>();
        for (ModelRole role : ModelRole.values()) {
            long calls = 0;
            long cached = 0;
            long input = 0;
            long output = 0;
            double cost = 0;
            List<String> unpriced = new ArrayList<>();
            for (ModelTally tally : tallies) {
                if (tally.role() != role) {
                    continue;
                }
                calls += tally.calls();
                cached += tally.cachedCalls();
                input += tally.usage().inputTokens();
                output += tally.usage().outputTokens();
                Price price = prices.find(tally.model()).orElse(null);
                if (price != null) {
                    cost += price.cost(tally.paidUsage());
                } else if (tally.calls() > tally.cachedCalls()) {
                    unpriced.add(tally.model());
                }
            }
            reports.add(new UsageReport(role.key(), calls, cached, input, output, unpriced.isEmpty() ? cost : null,
                    List.copyOf(unpriced)));
        }
        return reports;
    }

    /** The total cost of the roles, {@code null} (unknown) when any role's cost is unknown. */
    static Double totalCost(List<UsageReport> roles) {
        double total = 0;
        for (UsageReport role : roles) {
            if (role.costUsd() == null) {
                return null;
            }
            total += role.costUsd();
        }
        return total;
    }

    /** The tallies of several cases merged per role and model. */
    static List<ModelTally> merge(List<List<ModelTally>> perCase) {
        List<ModelTally> merged = new ArrayList<>();
        for (List<ModelTally> tallies : perCase) {
            for (ModelTally tally : tallies) {
                int index = indexOf(merged, tally);
                if (index < 0) {
                    merged.add(tally);
                } else {
                    merged.set(index, merged.get(index).plus(tally));
                }
            }
        }
        return merged;
    }

    private static int indexOf(List<ModelTally> tallies, ModelTally wanted) {
        for (int i = 0; i < tallies.size(); i++) {
            if (tallies.get(i).role() == wanted.role() && Objects.equals(tallies.get(i).model(), wanted.model())) {
                return i;
            }
        }
        return -1;
    }
}
