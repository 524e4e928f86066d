package org.imcbench.run;

import java.util.Optional;
import org.imcbench.model.ModelException;

/**
 * Watches a suite's conversations for an endpoint that cannot be used at all (connection refused, unknown
 * host, credentials refused: {@link ModelException#endpointUnusable()}): once {@value #CASES_IN_A_ROW}
 * cases in a row ended that way, the suite starts no further case, and each is failed with one clear
 * reason instead of spending every retry of every call again. A case that reached its endpoint resets
 * the count. Thread-safe.
 */
final class UnusableEndpoint {
    /** How many cases in a row must fail on an unusable endpoint before no further case starts. */
    static final int CASES_IN_A_ROW = 3;

    private int inARow;
    private String lastError;

    /** Counts a finished case's conversation: failed on an unusable endpoint, or not. */
    synchronized void caseFinished(Optional<ModelException> failure) {
        Optional<ModelException> unusable = failure.filter(ModelException::endpointUnusable);
        if (unusable.isPresent()) {
            inARow++;
            lastError = unusable.get().getMessage();
        } else {
            inARow = 0;
        }
    }

    /** Why no further case should start, or empty while cases may start. */
    synchronized Optional<String> stopped() {
        return inARow < CASES_IN_A_ROW ? Optional.empty() : Optional.of(inARow + " cases in a row could not use "
                + "their model endpoint, so no further case is started; the last error: " + lastError);
    }
}
