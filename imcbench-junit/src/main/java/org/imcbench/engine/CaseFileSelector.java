package org.imcbench.engine;

import java.util.Objects;
import org.imcbench.cases.CaseFile;
import org.junit.platform.engine.DiscoverySelector;

/** Selects one case file within the suite its {@code suiteSelector} resolves to. */
final class CaseFileSelector implements DiscoverySelector {
    private final CaseFile file;
    private final DiscoverySelector suiteSelector;

    CaseFileSelector(CaseFile file, DiscoverySelector suiteSelector) {
        this.file = file;
        this.suiteSelector = suiteSelector;
    }

    CaseFile file() {
        return file;
    }

    DiscoverySelector suiteSelector() {
        return suiteSelector;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseFileSelector that && file.uri().equals(that.file.uri())
                && suiteSelector.equals(that.suiteSelector);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file.uri(), suiteSelector);
    }

    @Override
    public String toString() {
        return "CaseFileSelector[" + file.displayName() + " in " + suiteSelector + "]";
    }
}
