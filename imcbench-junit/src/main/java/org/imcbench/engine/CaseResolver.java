package org.imcbench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.cases.CaseFile;
import org.imcbench.cases.CaseFiles;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.CaseLoader;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Rubrics;
import org.imcbench.config.Settings;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves case files into case descriptors with their tests, from file, directory and classpath
 * resource selectors and from the {@link CaseFileSelector}s a suite expands to. A case file that
 * cannot be loaded becomes a discovery issue naming file, line, column and field, plus a failing
 * {@link InvalidCaseDescriptor}; the other cases are unaffected.
 */
final class CaseResolver implements SelectorResolver {
    private final DiscoveryIssueReporter issues;
    private final CaseLoader loader = new CaseLoader();

    CaseResolver(DiscoveryIssueReporter issues) {
        this.issues = issues;
    }

    @Override
    public Resolution resolve(FileSelector selector, Context context) {
        Path file = selector.getPath().toAbsolutePath().normalize();
        if (!CaseFiles.isCaseFile(file.getFileName().toString())) {
            return Resolution.unresolved();
        }
        CaseDirectory folder = CaseDirectory.of(file.getParent().toString(), classLoader());
        return Resolution.selectors(Set.of(new CaseFileSelector(CaseFile.of(file), new CaseFolderSelector(folder))));
    }

    @Override
    public Resolution resolve(DirectorySelector selector, Context context) {
        CaseDirectory folder = CaseDirectory.of(selector.getPath().toString(), classLoader());
        return Resolution.selectors(Set.of(new CaseFolderSelector(folder)));
    }

    @Override
    public Resolution resolve(ClasspathResourceSelector selector, Context context) {
        String name = trimLeadingSlash(selector.getClasspathResourceName());
        ClassLoader classLoader = classLoader();
        URL url = classLoader.getResource(name);
        if (url == null || !CaseFiles.isCaseFile(name.substring(name.lastIndexOf('/') + 1))) {
            return Resolution.unresolved();
        }
        int slash = name.lastIndexOf('/');
        CaseDirectory folder = CaseDirectory.of("classpath:" + (slash < 0 ? "" : name.substring(0, slash)), classLoader);
        return Resolution.selectors(Set.of(new CaseFileSelector(CaseFile.ofResource(name, url),
                new CaseFolderSelector(folder))));
    }

    @Override
    public Resolution resolve(DiscoverySelector selector, Context context) {
        if (selector instanceof CaseFileSelector caseSelector) {
            return resolveCase(caseSelector, context);
        }
        return Resolution.unresolved();
    }

    private Resolution resolveCase(CaseFileSelector selector, Context context) {
        CaseFile file = selector.file();
        TestSource source = sourceOf(file, Optional.empty());
        Optional<TestDescriptor> descriptor = context.addToParent(selector::suiteSelector, parent -> {
            if (!(parent instanceof SuiteDescriptor suite)) {
                return Optional.empty();
            }
            try {
                BenchmarkCase benchmarkCase = load(file);
                UniqueId caseId = suite.getUniqueId().append(CaseDescriptor.SEGMENT, benchmarkCase.id());
                Optional<? extends TestDescriptor> existing = suite.getChildren().stream()
                        .filter(child -> child.getUniqueId().equals(caseId))
                        .findFirst();
                if (existing.isPresent()) {
                    CaseDescriptor first = (CaseDescriptor) existing.get();
                    if (first.benchmarkCase().source().equals(benchmarkCase.source())) {
                        return Optional.of(first);
                    }
                    throw new IllegalArgumentException(file.displayName() + ": duplicate case id '"
                            + benchmarkCase.id() + "', already defined in " + first.benchmarkCase().source());
                }
                return Optional.of(caseDescriptor(caseId, benchmarkCase, source, suite));
            } catch (CaseFormatException e) {
                return Optional.of(invalid(suite, file, sourceOf(file, Optional.of(FilePosition.from(e.line(), e.column()))), e));
            } catch (RuntimeException e) {
                return Optional.of(invalid(suite, file, source, e));
            }
        });
        return descriptor.map(found -> Resolution.match(Match.exact(found))).orElse(Resolution.unresolved());
    }

    private BenchmarkCase load(CaseFile file) {
        try (InputStream in = file.url().openStream()) {
            return loader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.displayName(), file.uri());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read case file " + file.displayName(), e);
        }
    }

    private static CaseDescriptor caseDescriptor(UniqueId caseId, BenchmarkCase benchmarkCase, TestSource source,
            SuiteDescriptor suite) {
        CaseDescriptor descriptor = new CaseDescriptor(caseId, benchmarkCase, source);
        descriptor.addChild(new ConversationTestDescriptor(caseId, benchmarkCase.id(), source, descriptor.getTags()));
        List<Dimension> dimensions = Rubrics.resolve(suite.config().get(Settings.RUBRIC)).dimensions();
        for (Dimension dimension : dimensions) {
            double minimum = suite.config().get(Settings.THRESHOLD, dimension.key());
            descriptor.addChild(new DimensionCheckDescriptor(caseId, benchmarkCase.id(), dimension, minimum,
                    source, descriptor.getTags()));
        }
        return descriptor;
    }

    private InvalidCaseDescriptor invalid(SuiteDescriptor suite, CaseFile file, TestSource source,
            RuntimeException problem) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                "invalid IMCBench case file: " + problem.getMessage()).source(source).cause(problem));
        return new InvalidCaseDescriptor(suite.getUniqueId(), file.fileName(), source, problem);
    }

    private static TestSource sourceOf(CaseFile file, Optional<FilePosition> position) {
        if (file.classpathResource().isPresent()) {
            return ClasspathResourceSource.from(file.classpathResource().get(), position.orElse(null));
        }
        return FileSource.from(file.path().orElseThrow().toFile(), position.orElse(null));
    }

    static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CaseResolver.class.getClassLoader();
    }

    private static String trimLeadingSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
