package org.imcbench.report;

import java.util.List;

/**
 * The model calls of one role ({@code model}, {@code patient} or {@code jury}) in a case or a suite.
 *
 * @param role the role
 * @param calls successful calls, answers from the response cache included
 * @param cachedCalls calls answered by the response cache (nothing paid)
 * @param inputTokens prompt tokens of all calls
 * @param outputTokens completion tokens of all calls
 * @param costUsd what the calls that went to a provider cost at the price table's list prices, in US
 *     dollars; {@code null} (unknown) when such a call used a model without a price
 * @param unpricedModels the models whose calls have no price
 */
public record UsageReport(String role, long calls, long cachedCalls, long inputTokens, long outputTokens,
        Double costUsd, List<String> unpricedModels) {
}
