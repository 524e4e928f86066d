package org.imcbench.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Every case of one {@link CaseDirectory}, loaded and indexed by id, in the folder's order. Used by
 * hand-written tests that ask for a case by id.
 */
public final class CaseCatalog {
    private final String location;
    private final Map<String, BenchmarkCase> byId;

    private CaseCatalog(String location, Map<String, BenchmarkCase> byId) {
        this.location = location;
        this.byId = byId;
    }

    /**
     * Loads every case file of the folder.
     *
     * @throws CaseFormatException for a case file that is not valid, naming file, line and field
     * @throws IllegalArgumentException when the folder does not exist or two cases share an id
     */
    public static CaseCatalog load(CaseDirectory folder) {
        CaseLoader loader = new CaseLoader();
        Map<String, BenchmarkCase> byId = new LinkedHashMap<>();
        for (CaseFile file : folder.list()) {
            BenchmarkCase loaded;
            try {
                loaded = loader.load(file.url());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read case file " + file.displayName(), e);
            }
            BenchmarkCase previous = byId.putIfAbsent(loaded.id(), loaded);
            if (previous != null) {
                throw new IllegalArgumentException("case id '" + loaded.id() + "' is used by both " + previous.source()
                        + " and " + loaded.source());
            }
        }
        return new CaseCatalog(folder.location(), byId);
    }

    /** Every case, in the folder's order. */
    public List<BenchmarkCase> cases() {
        return List.copyOf(byId.values());
    }

    /**
     * The case with the given id.
     *
     * @throws NoSuchElementException naming the folder and the ids it has
     */
    public BenchmarkCase byId(String id) {
        BenchmarkCase found = byId.get(id);
        if (found == null) {
            throw new NoSuchElementException("no case '" + id + "' in " + location + " (cases: "
                    + String.join(", ", byId.keySet()) + ")");
        }
        return found;
    }
}
