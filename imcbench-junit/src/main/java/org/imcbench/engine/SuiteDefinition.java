package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.cases.SuiteFile;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.imcbench.jury.Dimension;
import org.imcbench.jury.Rubric;
import org.imcbench.jury.Rubrics;
import org.imcbench.run.SuiteCriteria;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/**
 * What defines a suite before its descriptor exists: its unique-id segment, names, configuration
 * and case folder. Either an {@code @ImcBenchSuite} class or a bare case folder; a suite file in
 * the folder adds its thresholds (below the class's settings) and names a folder suite.
 *
 * @param segmentType {@link SuiteDescriptor#CLASS_SEGMENT} or {@link SuiteDescriptor#FOLDER_SEGMENT}
 * @param segmentValue the class name or the folder location
 * @param displayName the name IDEs show
 * @param reportName the name of the suite's report folder
 * @param source where the suite is defined
 * @param config the suite's configuration
 * @param folder the suite's case folder
 */
record SuiteDefinition(String segmentType, String segmentValue, String displayName, String reportName,
        TestSource source, ImcBenchConfig config, CaseDirectory folder) {

    /** The suite of an {@code @ImcBenchSuite} class. */
    static SuiteDefinition ofClass(Class<?> suiteClass, ConfigurationParameters parameters) {
        ImcBenchSuite annotation = AnnotationSupport.findAnnotation(suiteClass, ImcBenchSuite.class)
                .orElseThrow(() -> new IllegalArgumentException(suiteClass + " is not annotated @ImcBenchSuite"));
        Map<String, String> settings = new LinkedHashMap<>(
                EngineConfig.parseEntries(annotation.config(), suiteClass.getName()));
        if (!annotation.cases().isBlank()) {
            settings.put(Settings.CASES.key(), annotation.cases());
        }
        String cases = EngineConfig.of(parameters, settings, suiteClass.getName()).get(Settings.CASES);
        CaseDirectory folder = CaseDirectory.of(cases, suiteClass.getClassLoader());
        ImcBenchConfig config = EngineConfig.of(parameters, settings, suiteClass.getName(), suiteFile(folder));
        return new SuiteDefinition(SuiteDescriptor.CLASS_SEGMENT, suiteClass.getName(), suiteClass.getSimpleName(),
                suiteClass.getSimpleName(), ClassSource.from(suiteClass), config, folder);
    }

    /**
     * The folder's suite file, checked against what the engine offers: a built-in rubric, and thresholds
     * of that rubric's dimensions.
     *
     * @throws org.imcbench.cases.CaseFormatException when it is not valid or names an unknown rubric
     */
    private static Optional<SuiteFile> suiteFile(CaseDirectory folder) {
        Optional<SuiteFile> suiteFile = folder.suiteFile();
        suiteFile.ifPresent(file -> {
            List<String> builtIn = List.of(Rubrics.IMCBENCH_ID, Rubrics.GROUNDING_ID);
            if (!builtIn.contains(file.rubric())) {
                throw file.locations().error("/rubric", "unknown rubric '" + file.rubric() + "'; built in: "
                        + String.join(", ", builtIn));
            }
            Rubric rubric = Rubrics.resolve(file.rubric());
            List<String> dimensions = rubric.dimensions().stream().map(Dimension::key).toList();
            file.thresholds().keySet().stream().filter(key -> !dimensions.contains(key)).findFirst()
                    .ifPresent(key -> {
                        throw file.locations().error("/thresholds/" + key, "not a dimension of rubric '"
                                + rubric.id() + "'; its dimensions are " + String.join(", ", dimensions));
                    });
        });
        return suiteFile;
    }

    /** The suite of a bare case folder, configured by JUnit configuration parameters alone. */
    static SuiteDefinition ofFolder(CaseDirectory folder, ConfigurationParameters parameters) {
        String location = folder.location();
        Optional<SuiteFile> suiteFile = suiteFile(folder);
        String lastName = suiteFile.map(SuiteFile::name).orElse(
                location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1));
        TestSource source = folder.isClasspath()
                ? ClasspathResourceSource.from(location.substring("classpath:".length()))
                : DirectorySource.from(new java.io.File(location));
        String displayName = suiteFile.map(file -> file.name() + " (" + location + ")").orElse(location);
        return new SuiteDefinition(SuiteDescriptor.FOLDER_SEGMENT, location, displayName, lastName, source,
                EngineConfig.of(parameters, Map.of(), "", suiteFile), folder);
    }

    /** The suite's descriptor under the engine, with its criteria and case files. */
    SuiteDescriptor descriptor(UniqueId engineId, SuiteCriteria criteria, Set<String> caseFiles) {
        return new SuiteDescriptor(engineId.append(segmentType, segmentValue), displayName, source, reportName, config,
                criteria, caseFiles);
    }
}
