package org.imcbench.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.AbstractSequentialList;
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;
import java.util.function.IntFunction;
import org.imcbench.report.CaseReport;
import org.imcbench.report.Reports;
import org.imcbench.report.SuiteReport;
import org.imcbench.report.SyntheticCases;
import org.junit.jupiter.api.Test;

/**
 * {@code report.html} is written from {@code report.cases()} as from a list on disk: a few sequential
 * passes, never a copy, and no case kept once the writer has moved past it, so that the memory the
 * report takes does not grow with the cases' transcripts and rationales.
 */
class HtmlReportStreamingTest {
    private static final int CASES = 2000;

    @Test
    void theCasesAreReadInAFewPassesNeverCopiedAndNoneIsKept() {
        SyntheticCases synthetic = new SyntheticCases(Path.of("..", "docs"),
                List.of(SyntheticCases.image("a.png", "ab12")));
        Sequential cases = new Sequential(CASES, synthetic::at);
        SuiteReport base = Reports.suite("demo:careless", List.of(synthetic.at(0), synthetic.at(1)));
        SuiteReport report = new SuiteReport(base.schemaVersion(), base.suite(), base.startedAt(), base.finishedAt(),
                base.simulated(), base.notice(), base.run(), base.summary(), cases, base.statistics(), null,
                List.of(), null, List.of());
        long[] written = {0};

        HtmlReport.write(report, sha -> Optional.of(new byte[] {1, 2, 3}), new OutputStream() {
            @Override
            public void write(int b) {
                written[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                written[0] += length;
            }
        });

        System.out.printf("%d cases: %d passes, at most %d cases reachable at a time, %.1f MB written%n", CASES,
                cases.passes, cases.mostReachable, written[0] / 1e6);
        assertThat(cases.passes).as("passes over the cases").isBetween(1, 8);
        assertThat(cases.mostReachable).as("cases still reachable while the writer reads the next ones")
                .isLessThanOrEqualTo(2);
        assertThat(written[0]).isGreaterThan(CASES * 1000L);
    }

    @Test
    void theCountSeesCasesThatAreKept() {
        Sequential cases = new Sequential(CASES, i -> Reports.judged("c" + i, false, "ct", "x", 4, 4));
        List<CaseReport> kept = new ArrayList<>();
        cases.forEach(kept::add);

        assertThat(cases.mostReachable).isGreaterThanOrEqualTo(CASES - Sequential.CHECKED);
        assertThat(kept).hasSize(CASES);
    }

    /**
     * Cases made as they are read, like a list read from disk: only its iterator and size work (a
     * copy, {@code toArray}, fails), and every {@value #CHECKED}th case read, after a collection, it
     * counts how many of the cases it made are still reachable.
     */
    private static final class Sequential extends AbstractSequentialList<CaseReport> {
        private static final int CHECKED = 500;
        private final int size;
        private final IntFunction<CaseReport> make;
        private final List<WeakReference<CaseReport>> made = new ArrayList<>();
        int passes;
        int mostReachable;

        Sequential(int size, IntFunction<CaseReport> make) {
            this.size = size;
            this.make = make;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Object[] toArray() {
            throw new UnsupportedOperationException("the cases are not copied");
        }

        @Override
        public <T> T[] toArray(T[] array) {
            throw new UnsupportedOperationException("the cases are not copied");
        }

        @Override
        public ListIterator<CaseReport> listIterator(int index) {
            if (index != 0) {
                throw new UnsupportedOperationException("the cases are read from the start");
            }
            passes++;
            return new java.util.ListIterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < size;
                }

                @Override
                public CaseReport next() {
                    if (next > 0 && next % CHECKED == 0) {
                        count();
                    }
                    CaseReport c = make.apply(next++);
                    made.add(new WeakReference<>(c));
                    return c;
                }

                @Override
                public boolean hasPrevious() {
                    return false;
                }

                @Override
                public CaseReport previous() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int nextIndex() {
                    return next;
                }

                @Override
                public int previousIndex() {
                    return next - 1;
                }

                @Override
                public void remove() {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void set(CaseReport c) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void add(CaseReport c) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        private void count() {
            System.gc();
            made.removeIf(reference -> reference.get() == null);
            mostReachable = Math.max(mostReachable, made.size());
        }
    }
}
