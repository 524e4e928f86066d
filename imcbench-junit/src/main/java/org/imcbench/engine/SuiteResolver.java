package org.imcbench.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.CaseFile;
import org.imcbench.cases.CaseReadAhead;
import org.imcbench.conversation.Ablation;
import org.imcbench.run.SuiteCriteria;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.DirectorySource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves suites: a class annotated {@code @ImcBenchSuite} (how Surefire and IDEs reach us) and a
 * bare case folder. A suite expands to one {@link CaseFileSelector} per case file in its folder (and
 * plans the files' reading ahead, {@link CaseReadAhead}); its
 * rubric, thresholds and gates ({@link SuiteCriteria}) are read from its configuration here, once, so a
 * bad threshold, gate key or rubric makes the suite unusable before any case runs.
 */
final class SuiteResolver implements SelectorResolver {
    private final ConfigurationParameters parameters;
    private final DiscoveryIssueReporter issues;
    private final CaseReadAhead<DiscoveredCase> readAhead;
    private final CaseResolver cases;

    SuiteResolver(ConfigurationParameters parameters, DiscoveryIssueReporter issues,
            CaseReadAhead<DiscoveredCase> readAhead, CaseResolver cases) {
        this.parameters = parameters;
        this.issues = issues;
        this.readAhead = readAhead;
        this.cases = cases;
    }

    /** Whether a class is an IMCBench suite. */
    static boolean isSuiteClass(Class<?> candidate) {
        return AnnotationSupport.isAnnotated(candidate, ImcBenchSuite.class);
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> suiteClass = selector.getJavaClass();
        if (!isSuiteClass(suiteClass)) {
            return Resolution.unresolved();
        }
        SuiteDefinition definition;
        try {
            definition = SuiteDefinition.ofClass(suiteClass, parameters);
        } catch (RuntimeException e) {
            return unusableSuite(SuiteDescriptor.CLASS_SEGMENT, suiteClass.getName(), suiteClass.getSimpleName(),
                    ClassSource.from(suiteClass), e, context);
        }
        return resolveSuite(definition, DiscoverySelectors.selectClass(suiteClass), context);
    }

    @Override
    public Resolution resolve(DiscoverySelector selector, Context context) {
        if (selector instanceof CaseFolderSelector folderSelector) {
            SuiteDefinition definition;
            try {
                folderSelector.folder().listAhead();
                definition = SuiteDefinition.ofFolder(folderSelector.folder(), parameters);
            } catch (RuntimeException e) {
                String location = folderSelector.folder().location();
                return unusableSuite(SuiteDescriptor.FOLDER_SEGMENT, location, location,
                        DirectorySource.from(new java.io.File(location)), e, context);
            }
            return resolveSuite(definition, selector, context);
        }
        return Resolution.unresolved();
    }

    private Resolution resolveSuite(SuiteDefinition definition, DiscoverySelector suiteSelector, Context context) {
        SuiteCriteria criteria;
        List<CaseFile> files;
        try {
            criteria = SuiteCriteria.read(definition.config());
            files = definition.folder().list();
        } catch (RuntimeException e) {
            return unusableSuite(definition.segmentType(), definition.segmentValue(), definition.displayName(),
                    definition.source(), e, context);
        }
        Set<String> fileIds = new LinkedHashSet<>();
        files.forEach(file -> fileIds.add(file.uri().toString()));
        Optional<SuiteDescriptor> suite = context.addToParent(parent -> Optional.of(
                definition.descriptor(parent.getUniqueId(), criteria, fileIds)));
        if (suite.isEmpty()) {
            return Resolution.unresolved();
        }
        return Resolution.match(Match.exact(suite.get(), () -> {
            Set<DiscoverySelector> cases = new LinkedHashSet<>();
            files.forEach(file -> cases.add(new CaseFileSelector(file, suiteSelector)));
            plan(suite.get(), files);
            return cases;
        }));
    }

    /**
     * Plans the reading of a suite's files, with each case's descriptor made on the reading thread. The suite's
     * ablation variants can be read: a bad {@code imcbench.ablations} made the suite unusable when its gates were
     * read ({@link SuiteCriteria#read}).
     */
    private void plan(SuiteDescriptor suite, List<CaseFile> files) {
        List<Ablation> ablations = suite.ablations();
        readAhead.plan(files, (file, loaded) -> cases.prepare(suite, ablations, file, loaded));
    }

    /**
     * A suite that cannot run: a discovery issue and, in the tree, the suite with one failing test saying
     * why (its cases are not discovered, so no model is called).
     */
    private Resolution unusableSuite(String segmentType, String segmentValue, String name, TestSource source,
            RuntimeException problem, Context context) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                "IMCBench suite " + segmentValue + " cannot be used: " + problem.getMessage()).source(source));
        Optional<SuiteDescriptor> suite = context.addToParent(parent -> Optional.of(SuiteDescriptor.unusable(
                parent.getUniqueId().append(segmentType, segmentValue), name, source, EngineConfig.of(parameters))));
        suite.ifPresent(descriptor -> descriptor.addChild(
                new InvalidCaseDescriptor(descriptor.getUniqueId(), "configuration", source, problem)));
        return suite.map(descriptor -> Resolution.match(Match.exact(descriptor))).orElse(Resolution.unresolved());
    }
}
