package org.imcbench.assertions;

import java.util.function.Function;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AssertFactory;

/**
 * Base of the assertions that navigate to other assertions ({@link VerdictAssert#safety()},
 * {@link CaseResultAssert#transcript()}): navigation goes through {@link #extracting(Function, AssertFactory)},
 * which is public here so that AssertJ's soft assertions intercept it and make the navigated
 * assertions soft as well, and which passes on the description given with {@code as(...)}.
 *
 * @param <SELF> the assertion class itself
 * @param <ACTUAL> the type of the value under test
 */
public abstract class NavigableAssert<SELF extends NavigableAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** Assertions on the given value. */
    protected NavigableAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Assertions made by the factory on a value taken from the one under test, with this one's
     * description and failure message (and, in soft assertions, soft), e.g.
     * {@code assertThat(result).extracting(r -> r.verdict().orElseThrow(), ImcInstanceOfAssertFactories.VERDICT)}.
     * Unlike AssertJ's, it does not fail when the value under test is {@code null}: the extractor is
     * applied to {@code null}, and the navigated assertions fail when they are made (so a soft chain
     * goes on collecting).
     */
    @Override
    public <T, A extends AbstractAssert<?, ?>> A extracting(Function<? super ACTUAL, ? extends T> extractor,
            AssertFactory<T, A> assertFactory) {
        if (actual != null) {
            return super.extracting(extractor, assertFactory);
        }
        A navigated = assertFactory.createAssert(extractor.apply(null));
        navigated.info.useRepresentation(info.representation());
        navigated.info.description(info.description());
        String failMessage = info.overridingErrorMessage();
        if (failMessage != null) {
            navigated.info.overridingErrorMessage(failMessage);
        }
        return navigated;
    }
}
