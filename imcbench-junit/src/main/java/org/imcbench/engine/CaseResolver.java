package org.imcbench.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.cases.CaseFile;
import org.imcbench.cases.CaseFiles;
import org.imcbench.cases.CaseFormatException;
import org.imcbench.cases.CaseLoader;
import org.imcbench.cases.CaseReadAhead;
import org.imcbench.cases.LoadedCase;
import org.imcbench.cases.StoredCase;
import org.imcbench.jury.Dimension;
import org.imcbench.conversation.Ablation;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
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
 * resource selectors and from the {@link CaseFileSelector}s a suite expands to; a {@code .jsonl}
 * file gives one case per line. Discovery reads of each case what names and tags it and what the run needs
 * before it runs ({@link CaseLoader#readOutlines}); the case is read in full when it runs, and a problem found
 * then fails that case. A case whose labels cannot be read (invalid JSON, a broken limit, a bad id...) or that
 * repeats an id of its suite becomes a discovery issue naming file, line, column and JSON pointer, plus a failing
 * {@link InvalidCaseDescriptor}; the other cases are unaffected. The files a suite planned are read
 * ahead on other threads ({@link CaseReadAhead}), where each case's descriptor is made too ({@link #prepare});
 * they are added to the suite, and issues are reported, here, in file order.
 */
final class CaseResolver implements SelectorResolver {
    private final DiscoveryIssueReporter issues;
    private final CaseReadAhead<DiscoveredCase> readAhead;
    /** Each distinct set of tags once, by what it is made from: thousands of cases share a few sets. */
    private final Map<Set<String>, Set<TestTag>> tagSets = new ConcurrentHashMap<>();

    CaseResolver(DiscoveryIssueReporter issues, CaseReadAhead<DiscoveredCase> readAhead) {
        this.issues = issues;
        this.readAhead = readAhead;
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
        Set<Match> matches = new LinkedHashSet<>();
        try {
            for (DiscoveredCase discovered : readAhead.read(file)) {
                context.addToParent(selector::suiteSelector, parent -> parent instanceof SuiteDescriptor suite
                        ? Optional.of(descriptor(suite, file, discovered)) : Optional.empty())
                        .ifPresent(found -> matches.add(Match.exact(found)));
            }
        } catch (IOException e) {
            UncheckedIOException problem = new UncheckedIOException("could not read case file " + file.displayName(), e);
            context.addToParent(selector::suiteSelector, parent -> parent instanceof SuiteDescriptor suite
                    ? Optional.of(invalid(suite, file, 0, sourceOf(file, Optional.empty()), problem))
                    : Optional.empty()).ifPresent(found -> matches.add(Match.exact(found)));
        }
        return matches.isEmpty() ? Resolution.unresolved() : Resolution.matches(matches);
    }

    /**
     * What is kept of a case read from a file that {@code suite} planned, made on the reading thread: the case's
     * descriptor with its tests is made there too, for the suite (when the case can be named; else, or when
     * making it fails, the case is as {@link DiscoveredCase#of} gives it and its descriptor is made when resolved).
     *
     * @param suite the suite the file belongs to
     * @param ablations the suite's ablation variants
     * @param file the file read
     * @param loaded a case read from it
     */
    DiscoveredCase prepare(SuiteDescriptor suite, List<Ablation> ablations, CaseFile file, LoadedCase loaded) {
        DiscoveredCase found = DiscoveredCase.of(loaded);
        if (found.stored().isEmpty()) {
            return found;
        }
        try {
            StoredCase stored = found.stored().get();
            UniqueId caseId = suite.getUniqueId().append(CaseDescriptor.SEGMENT, stored.id());
            return found.preparedFor(suite, caseDescriptor(caseId, found.displayName(), stored,
                    sourceOf(file, position(found.line())), suite, ablations, tags(found)));
        } catch (RuntimeException e) {
            return found;
        }
    }

    private TestDescriptor descriptor(SuiteDescriptor suite, CaseFile file, DiscoveredCase found) {
        if (found.problem().isPresent()) {
            return invalid(suite, file, found.line(), found.problem().get());
        }
        StoredCase stored = found.stored().orElseThrow();
        Optional<CaseDescriptor> prepared = found.preparedFor(suite);
        UniqueId caseId = prepared.isPresent() ? prepared.get().getUniqueId()
                : suite.getUniqueId().append(CaseDescriptor.SEGMENT, stored.id());
        Optional<CaseDescriptor> existing = suite.findCase(caseId);
        if (existing.isEmpty()) {
            CaseDescriptor descriptor = prepared.orElseGet(() -> caseDescriptor(caseId, found.displayName(), stored,
                    sourceOf(file, position(found.line())), suite, suite.ablations(), tags(found)));
            suite.caseDiscovered(file.uri().toString(), descriptor);
            return descriptor;
        }
        CaseDescriptor first = existing.get();
        if (first.content().source().equals(stored.source()) && found.line() == first.line()) {
            return first;
        }
        return invalid(suite, file, found.line(), duplicate(stored, first));
    }

    private Set<TestTag> tags(DiscoveredCase found) {
        return tagSets.computeIfAbsent(found.tagNames(), CaseDescriptor::tagsOf);
    }

    /** The error of a case whose id {@code first} has: located at its id, or its own problems when it has any. */
    private static CaseFormatException duplicate(StoredCase duplicate, CaseDescriptor first) {
        try {
            return CaseLoader.duplicateId(duplicate.load(), first.content().displayName(), first.line());
        } catch (CaseFormatException problem) {
            return problem;
        }
    }

    private static Optional<FilePosition> position(int line) {
        return line > 1 ? Optional.of(FilePosition.from(line)) : Optional.empty();
    }

    private static CaseDescriptor caseDescriptor(UniqueId caseId, String displayName, StoredCase content,
            TestSource source, SuiteDescriptor suite, List<Ablation> ablations, Set<TestTag> tags) {
        CaseDescriptor descriptor = new CaseDescriptor(caseId, displayName, content, source, tags);
        descriptor.addChild(new ConversationTestDescriptor(caseId, content.id(), source, descriptor.getTags()));
        addChecks(descriptor, caseId, content.id(), source, suite);
        for (Ablation ablation : ablations) {
            VariantDescriptor variant = new VariantDescriptor(descriptor, ablation, source);
            variant.addChild(new ConversationTestDescriptor(variant.getUniqueId(), variant.label(), source,
                    descriptor.getTags()));
            addChecks(variant, variant.getUniqueId(), variant.label(), source, suite);
            descriptor.addChild(variant);
        }
        descriptor.discovered();
        return descriptor;
    }

    /** One check per rubric dimension, named after {@code label}, under {@code parent}. */
    private static void addChecks(TestDescriptor parent, UniqueId parentId, String label, TestSource source,
            SuiteDescriptor suite) {
        List<Dimension> dimensions = suite.criteria().rubric().dimensions();
        for (Dimension dimension : dimensions) {
            double minimum = suite.criteria().thresholds().minimum(dimension.key());
            parent.addChild(new DimensionCheckDescriptor(parentId, label, dimension, minimum, source,
                    parent.getTags()));
        }
    }

    private InvalidCaseDescriptor invalid(SuiteDescriptor suite, CaseFile file, int line,
            CaseFormatException problem) {
        Optional<FilePosition> position = problem.line() < 1 ? Optional.empty()
                : Optional.of(problem.column() < 1 ? FilePosition.from(problem.line())
                        : FilePosition.from(problem.line(), problem.column()));
        return invalid(suite, file, line, sourceOf(file, position), problem);
    }

    private InvalidCaseDescriptor invalid(SuiteDescriptor suite, CaseFile file, int line, TestSource source,
            RuntimeException problem) {
        issues.reportIssue(DiscoveryIssue.builder(DiscoveryIssue.Severity.WARNING,
                "invalid IMCBench case file: " + problem.getMessage()).source(source).cause(problem));
        suite.caseDiscovered(file.uri().toString(), null);
        String name = file.isJsonLines() ? file.fileName() + ":" + line : file.fileName();
        return new InvalidCaseDescriptor(suite.getUniqueId(), name, source, problem);
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
