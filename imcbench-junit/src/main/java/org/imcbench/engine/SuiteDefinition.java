package org.imcbench.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.imcbench.cases.CaseDirectory;
import org.imcbench.config.ImcBenchConfig;
import org.imcbench.config.Settings;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.DirectorySource;

/**
 * What defines a suite before its descriptor exists: its unique-id segment, names, configuration
 * and case folder. Either an {@code @ImcBenchSuite} class or a bare case folder.
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
        ImcBenchConfig config = EngineConfig.of(parameters, settings, suiteClass.getName());
        CaseDirectory folder = CaseDirectory.of(config.get(Settings.CASES), suiteClass.getClassLoader());
        return new SuiteDefinition(SuiteDescriptor.CLASS_SEGMENT, suiteClass.getName(), suiteClass.getSimpleName(),
                suiteClass.getSimpleName(), ClassSource.from(suiteClass), config, folder);
    }

    /** The suite of a bare case folder, configured by JUnit configuration parameters alone. */
    static SuiteDefinition ofFolder(CaseDirectory folder, ConfigurationParameters parameters) {
        String location = folder.location();
        String lastName = location.substring(Math.max(location.lastIndexOf('/'), location.lastIndexOf(':')) + 1);
        TestSource source = folder.isClasspath()
                ? ClasspathResourceSource.from(location.substring("classpath:".length()))
                : DirectorySource.from(new java.io.File(location));
        return new SuiteDefinition(SuiteDescriptor.FOLDER_SEGMENT, location, location, lastName, source,
                EngineConfig.of(parameters), folder);
    }

    /** The suite's descriptor under the engine. */
    SuiteDescriptor descriptor(UniqueId engineId) {
        return new SuiteDescriptor(engineId.append(segmentType, segmentValue), displayName, source, reportName, config);
    }
}
