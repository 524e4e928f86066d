package org.imcbench.engine;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Shard;
import org.imcbench.config.Settings;
import org.imcbench.conversation.Ablation;
import org.imcbench.run.Ablations;
import org.imcbench.run.CasePlan;
import org.imcbench.run.FinishedSuite;
import org.imcbench.run.SuiteCriteria;
import org.imcbench.run.SuitePlan;
import org.imcbench.run.SuiteRun;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite: the cases of one {@code @ImcBenchSuite} class or one case folder, then its gates. The engine
 * {@linkplain #start starts} its {@link SuiteRun} from the tests selected under it before any suite
 * reports; the suite then reports its cases in order as their work finishes, and afterwards the run writes
 * {@code report.json} and {@code report.html} and prints the summary. The suite's gates are tests of their
 * own ({@link SuiteGateDescriptor}), evaluated on the finished report.
 */
final class SuiteDescriptor extends LeanTestDescriptor implements Node<ImcBenchExecutionContext> {
    static final String CLASS_SEGMENT = "suite";
    static final String FOLDER_SEGMENT = "folder";

    private final String reportName;
    private final ImcBenchConfig config;
    private final SuiteCriteria criteria;
    private final Set<String> caseFiles;
    private final Set<String> resolvedCaseFiles = new HashSet<>();
    private final Map<UniqueId, CaseDescriptor> casesById = new HashMap<>();
    /** The suite's ablation variants, read from its configuration on first use ({@link #ablations()}). */
    private List<Ablation> ablations;
    private Shard shard;
    private SuiteRun run;
    private RuntimeException startProblem;

    SuiteDescriptor(UniqueId uniqueId, String displayName, TestSource source, String reportName,
            ImcBenchConfig config, SuiteCriteria criteria, Set<String> caseFiles) {
        super(uniqueId, displayName, source);
        this.reportName = reportName;
        this.config = config;
        this.criteria = criteria;
        this.caseFiles = Set.copyOf(caseFiles);
    }

    private SuiteDescriptor(UniqueId uniqueId, String displayName, TestSource source, ImcBenchConfig config) {
        super(uniqueId, displayName, source);
        this.reportName = displayName;
        this.config = config;
        this.criteria = null;
        this.caseFiles = Set.of();
    }

    /** A suite whose configuration or folder cannot be used: it starts no run; its one test says why. */
    static SuiteDescriptor unusable(UniqueId uniqueId, String displayName, TestSource source, ImcBenchConfig config) {
        return new SuiteDescriptor(uniqueId, displayName, source, config);
    }

    ImcBenchConfig config() {
        return config;
    }

    /**
     * The ablation variants every case of the suite runs ({@code imcbench.ablations}), read once for all its cases.
     *
     * @throws org.imcbench.config.ConfigException for a bad variant name (every time it is asked)
     */
    List<Ablation> ablations() {
        if (ablations == null) {
            ablations = Ablations.from(config);
        }
        return ablations;
    }

    /** Whether the suite's configuration and folder could be used (an unusable suite has no criteria). */
    private boolean usable() {
        return criteria != null;
    }

    /** The rubric, thresholds and gates the suite's tests are named after, read once at discovery. */
    SuiteCriteria criteria() {
        return criteria;
    }

    /**
     * Notes a case discovered in one of the suite's case files ({@code null} for a file that is not valid),
     * to find it by id and to tell a partial selection.
     */
    void caseDiscovered(String caseFile, CaseDescriptor discovered) {
        resolvedCaseFiles.add(caseFile);
        if (discovered != null) {
            casesById.put(discovered.getUniqueId(), discovered);
        }
    }

    /** The case discovered with the given unique id, if any. */
    Optional<CaseDescriptor> findCase(UniqueId caseId) {
        return Optional.ofNullable(casesById.get(caseId));
    }

    /**
     * With {@code imcbench.shard=K/N}, keeps only the cases of shard K (and the invalid case files only in
     * shard 1, so each is reported once); the run is then a partial run of that shard.
     */
    void keepShard() {
        if (!usable()) {
            return;
        }
        config.find(Settings.SHARD).ifPresent(part -> {
            shard = part;
            List<TestDescriptor> others = getChildren().stream()
                    .filter(child -> child instanceof CaseDescriptor caseDescriptor
                            ? !part.contains(caseDescriptor.caseId())
                            : child instanceof InvalidCaseDescriptor && part.index() > 1)
                    .map(TestDescriptor.class::cast)
                    .toList();
            others.forEach(TestDescriptor::removeFromHierarchy);
        });
    }

    /** Adds a test for each of the suite's gates, after its cases. */
    void addGates() {
        if (usable()) {
            criteria.gates().gates().forEach(gate -> addChild(new SuiteGateDescriptor(getUniqueId(), gate)));
        }
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /**
     * Sets the suite up and starts its run with the cases, checks and variants selected under it. A problem
     * (configuration, a missing image) is kept and fails the suite when it reports.
     */
    void start(ImcBenchExecutionContext context) {
        if (!usable()) {
            return;
        }
        try {
            run = SuiteRun.start(plan(), config, criteria, context.environment(), context.workers(), System.out,
                    Clock.systemUTC());
        } catch (RuntimeException e) {
            startProblem = e;
        }
    }

    /** The cases selected under the suite, each with its selected checks and variants. */
    private SuitePlan plan() {
        List<CasePlan> cases = new ArrayList<>();
        boolean testsLeftOut = false;
        for (TestDescriptor child : getChildren()) {
            if (child instanceof CaseDescriptor caseDescriptor) {
                cases.add(caseDescriptor.plan());
                testsLeftOut |= !caseDescriptor.isWhole();
            }
        }
        Path reportDirectory = config.get(Settings.REPORT_DIR);
        if (shard != null) {
            return new SuitePlan(reportName, reportDirectory, cases, Optional.of("shard " + shard + ": "
                    + cases.size() + " of " + casesById.size() + " cases"),
                    "shard-" + shard.index() + "-of-" + shard.count());
        }
        return new SuitePlan(reportName, reportDirectory, cases, partial(cases.size(), testsLeftOut));
    }

    private Optional<String> partial(int selected, boolean testsLeftOut) {
        if (!resolvedCaseFiles.containsAll(caseFiles)) {
            return Optional.of(selected + " of the cases in " + caseFiles.size() + " case files selected");
        }
        if (selected < casesById.size()) {
            return Optional.of(selected + " of " + casesById.size() + " cases selected");
        }
        return testsLeftOut ? Optional.of("some tests of its cases were not selected") : Optional.empty();
    }

    @Override
    public ImcBenchExecutionContext before(ImcBenchExecutionContext context) {
        if (startProblem != null) {
            throw startProblem;
        }
        if (run == null) {
            return context;
        }
        return context.withSuite(run, new ReportEntries(context.listener(), config.get(Settings.REPORT_ECHO_ENTRIES),
                run.htmlReport()));
    }

    /** Finishes the run (reports and summary) unless a gate already did, and publishes the reports' paths. */
    @Override
    public void after(ImcBenchExecutionContext context) {
        if (context.run() == null) {
            return;
        }
        FinishedSuite finished = context.run().finish();
        context.listener().reportingEntryPublished(this, ReportEntry.from(Map.of(
                "imcbench.report.json", finished.json().toString(),
                ReportEntries.REPORT_PAGE, finished.html().toString())));
    }
}
