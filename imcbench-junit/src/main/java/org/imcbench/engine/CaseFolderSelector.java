package org.imcbench.engine;

import java.util.Objects;
import org.imcbench.cases.CaseDirectory;
import org.junit.platform.engine.DiscoverySelector;

/** Selects a folder of case files as a suite of its own (for directory, file and resource selectors). */
final class CaseFolderSelector implements DiscoverySelector {
    private final CaseDirectory folder;

    CaseFolderSelector(CaseDirectory folder) {
        this.folder = folder;
    }

    CaseDirectory folder() {
        return folder;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseFolderSelector that && folder.location().equals(that.folder.location());
    }

    @Override
    public int hashCode() {
        return Objects.hash(folder.location());
    }

    @Override
    public String toString() {
        return "CaseFolderSelector[" + folder.location() + "]";
    }
}
