package org.imcbench.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.cases.CaseFile;
import org.imcbench.cases.CaseLabels;
import org.imcbench.cases.CaseLoader;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves unique ids, so an IDE can re-run a suite, one case or one gate: a suite id selects the whole
 * suite; an id at or below a case selects that case's file (all of the case's tests run, since
 * they share one conversation); a gate's id selects its whole suite, since a gate judges every case.
 */
final class UniqueIdResolver implements SelectorResolver {
    private final UniqueId engineId;
    private final ConfigurationParameters parameters;
    private final CaseLoader loader;

    UniqueIdResolver(UniqueId engineId, ConfigurationParameters parameters, CaseLoader loader) {
        this.engineId = engineId;
        this.parameters = parameters;
        this.loader = loader;
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId id = selector.getUniqueId();
        List<UniqueId.Segment> segments = id.getSegments();
        if (!id.hasPrefix(engineId) || segments.size() < 2) {
            return Resolution.unresolved();
        }
        Optional<SuiteSelection> suite = suiteOf(segments.get(1));
        if (suite.isEmpty()) {
            return Resolution.unresolved();
        }
        if (segments.size() == 2 || SuiteGateDescriptor.SEGMENT.equals(segments.get(2).getType())) {
            return Resolution.selectors(Set.of(suite.get().selector()));
        }
        UniqueId.Segment child = segments.get(2);
        Optional<CaseFile> file = switch (child.getType()) {
            case CaseDescriptor.SEGMENT -> findCase(suite.get().folder(), child.getValue());
            case InvalidCaseDescriptor.SEGMENT -> suite.get().folder().list().stream()
                    .filter(candidate -> candidate.fileName().equals(child.getValue())
                            || child.getValue().startsWith(candidate.fileName() + ":"))
                    .findFirst();
            default -> Optional.empty();
        };
        return file.map(found -> Resolution.selectors(Set.of(new CaseFileSelector(found, suite.get().selector()))))
                .orElse(Resolution.unresolved());
    }

    private Optional<SuiteSelection> suiteOf(UniqueId.Segment segment) {
        try {
            if (SuiteDescriptor.CLASS_SEGMENT.equals(segment.getType())) {
                return ReflectionSupport.tryToLoadClass(segment.getValue()).toOptional()
                        .filter(SuiteResolver::isSuiteClass)
                        .map(suiteClass -> new SuiteSelection(DiscoverySelectors.selectClass(suiteClass),
                                SuiteDefinition.ofClass(suiteClass, parameters).folder()));
            }
            if (SuiteDescriptor.FOLDER_SEGMENT.equals(segment.getType())) {
                CaseDirectory folder = CaseDirectory.of(segment.getValue(), CaseResolver.classLoader());
                return Optional.of(new SuiteSelection(new CaseFolderSelector(folder), folder));
            }
        } catch (RuntimeException e) {
            // An unusable suite id selects nothing; the launcher reports the selector as unresolved.
        }
        return Optional.empty();
    }

    /** The file of the case: the one named after it if it holds it, else the first of the others that does. */
    private Optional<CaseFile> findCase(CaseDirectory folder, String caseId) {
        List<CaseFile> files = new ArrayList<>(folder.list());
        files.sort(Comparator.comparing(file -> !file.fileName().equals(caseId + ".json")));
        for (CaseFile file : files) {
            AtomicBoolean found = new AtomicBoolean();
            try {
                loader.readOutlines(file, loaded -> found.compareAndSet(false,
                        loaded.labels().map(CaseLabels::id).filter(caseId::equals).isPresent()));
            } catch (IOException | RuntimeException e) {
                // Skip files that do not read: they cannot hold the case asked for.
            }
            if (found.get()) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** A suite named by a unique id: its selector and its case folder. */
    private record SuiteSelection(DiscoverySelector selector, CaseDirectory folder) {
    }
}
