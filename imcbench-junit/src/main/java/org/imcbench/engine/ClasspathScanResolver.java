package org.imcbench.engine;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.imcbench.cases.CaseFiles;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves classpath-root and package selectors (an IDE's or the console launcher's classpath
 * scan) into the {@code @ImcBenchSuite} classes and the case files found there. Case files are
 * recognized by content ({@link CaseFiles#looksLikeCase}), since other JSON lives on classpaths too.
 */
final class ClasspathScanResolver implements SelectorResolver {
    private final Predicate<String> classNameFilter;

    ClasspathScanResolver(Predicate<String> classNameFilter) {
        this.classNameFilter = classNameFilter;
    }

    @Override
    @SuppressWarnings("deprecation") // the Predicate<Resource> form is the one JUnit 5.13+ and 6.x share
    public Resolution resolve(ClasspathRootSelector selector, Context context) {
        Set<DiscoverySelector> found = new LinkedHashSet<>();
        ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(), SuiteResolver::isSuiteClass,
                classNameFilter).forEach(suiteClass -> found.add(DiscoverySelectors.selectClass(suiteClass)));
        ReflectionSupport.findAllResourcesInClasspathRoot(selector.getClasspathRoot(),
                resource -> CaseFiles.looksLikeCase(resource.getName(), resource::getUri))
                .forEach(resource -> found.add(DiscoverySelectors.selectClasspathResource(resource.getName())));
        return Resolution.selectors(found);
    }

    @Override
    @SuppressWarnings("deprecation") // see above
    public Resolution resolve(PackageSelector selector, Context context) {
        Set<DiscoverySelector> found = new LinkedHashSet<>();
        ReflectionSupport.findAllClassesInPackage(selector.getPackageName(), SuiteResolver::isSuiteClass,
                classNameFilter).forEach(suiteClass -> found.add(DiscoverySelectors.selectClass(suiteClass)));
        ReflectionSupport.findAllResourcesInPackage(selector.getPackageName(),
                resource -> CaseFiles.looksLikeCase(resource.getName(), resource::getUri))
                .forEach(resource -> found.add(DiscoverySelectors.selectClasspathResource(resource.getName())));
        return Resolution.selectors(found);
    }
}
