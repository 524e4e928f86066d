package org.imcbench.engine;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * The base of this engine's test descriptors below the engine: the contract of JUnit's
 * {@code AbstractTestDescriptor} (identity by unique id and class, a parent, ordered children, the display name
 * with control characters shown as {@code <CR>}, {@code <LF>} and {@code U+FFFD}), without its cost per
 * descriptor: {@code AbstractTestDescriptor} copies every display name one character at a time (a string per
 * character), which for the 40,000 descriptors of an 8,000-case suite was a fifth of discovery's main thread.
 * A display name without control characters, the usual one, is kept as it is.
 *
 * <p>Subclasses give the type and, when they have any, the tags.
 */
abstract class LeanTestDescriptor implements TestDescriptor {
    private final UniqueId uniqueId;
    private final String displayName;
    private final TestSource source;
    private final Set<TestDescriptor> children = Collections.synchronizedSet(new LinkedHashSet<>());
    /** The children as {@link #getChildren()} last gave them, until they change; guarded by {@code children}. */
    private Set<TestDescriptor> given;
    private volatile TestDescriptor parent;

    /**
     * @param uniqueId the descriptor's unique id
     * @param displayName its name, not blank
     * @param source where it is defined, or {@code null}
     */
    LeanTestDescriptor(UniqueId uniqueId, String displayName, TestSource source) {
        this.uniqueId = Objects.requireNonNull(uniqueId, "uniqueId");
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank: " + uniqueId);
        }
        this.displayName = withoutControlCharacters(displayName);
        this.source = source;
    }

    /** A display name as JUnit shows one: CR, LF and other control characters replaced, else the name itself. */
    static String withoutControlCharacters(String name) {
        int length = name.length();
        int first = 0;
        while (first < length && !Character.isISOControl(name.charAt(first))) {
            first++;
        }
        if (first == length) {
            return name;
        }
        StringBuilder shown = new StringBuilder(length + 8).append(name, 0, first);
        for (int i = first; i < length; i++) {
            char c = name.charAt(i);
            if (c == '\r') {
                shown.append("<CR>");
            } else if (c == '\n') {
                shown.append("<LF>");
            } else {
                shown.append(Character.isISOControl(c) ? '\uFFFD' : c);
            }
        }
        return shown.toString();
    }

    @Override
    public final UniqueId getUniqueId() {
        return uniqueId;
    }

    @Override
    public final String getDisplayName() {
        return displayName;
    }

    @Override
    public Set<TestTag> getTags() {
        return Set.of();
    }

    @Override
    public final Optional<TestSource> getSource() {
        return Optional.ofNullable(source);
    }

    @Override
    public final Optional<TestDescriptor> getParent() {
        return Optional.ofNullable(parent);
    }

    @Override
    public final void setParent(TestDescriptor parent) {
        this.parent = parent;
    }

    /**
     * The children as they are now, in their order, unmodifiable and unaffected by later changes, as JUnit 6's
     * descriptors give them (a visitor may remove the one it visits). JUnit copies them on every call; the
     * launcher asks for them several times per descriptor (validation, pruning, filters, the test plan), so the
     * one copy is kept until the children change.
     */
    @Override
    public final Set<? extends TestDescriptor> getChildren() {
        synchronized (children) {
            if (given == null) {
                given = children.isEmpty() ? Set.of() : Snapshot.of(children);
            }
            return given;
        }
    }

    @Override
    public final void addChild(TestDescriptor child) {
        Objects.requireNonNull(child, "child");
        child.setParent(this);
        synchronized (children) {
            children.add(child);
            given = null;
        }
    }

    @Override
    public final void removeChild(TestDescriptor child) {
        Objects.requireNonNull(child, "child");
        synchronized (children) {
            children.remove(child);
            given = null;
        }
        child.setParent(null);
    }

    @Override
    public final void removeFromHierarchy() {
        TestDescriptor from = parent;
        if (from == null) {
            throw new IllegalStateException("cannot remove the root of a hierarchy: " + uniqueId);
        }
        from.removeChild(this);
        synchronized (children) {
            children.forEach(child -> child.setParent(null));
            children.clear();
            given = null;
        }
    }

    @Override
    public final Optional<? extends TestDescriptor> findByUniqueId(UniqueId id) {
        if (uniqueId.equals(id)) {
            return Optional.of(this);
        }
        synchronized (children) {
            for (TestDescriptor child : children) {
                Optional<? extends TestDescriptor> found = child.findByUniqueId(id);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Equal to a descriptor of the same class with the same unique id, as JUnit's own descriptors are. */
    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass()
                && uniqueId.equals(((TestDescriptor) other).getUniqueId());
    }

    @Override
    public final int hashCode() {
        return uniqueId.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + ": " + uniqueId;
    }

    /**
     * An unmodifiable copy of a few children, in their order, in an array (a case's few tests: each of a large
     * suite's thousands of cases has one); more children are copied into a hashed set.
     */
    private static final class Snapshot extends AbstractSet<TestDescriptor> {
        private static final int ARRAY_MAX = 16;
        private final List<TestDescriptor> children;

        private Snapshot(List<TestDescriptor> children) {
            this.children = children;
        }

        static Set<TestDescriptor> of(Set<TestDescriptor> children) {
            return children.size() <= ARRAY_MAX ? new Snapshot(List.copyOf(children))
                    : Collections.unmodifiableSet(new LinkedHashSet<>(children));
        }

        @Override
        public Iterator<TestDescriptor> iterator() {
            return children.iterator();
        }

        @Override
        public int size() {
            return children.size();
        }

        @Override
        public boolean contains(Object child) {
            return children.contains(child);
        }
    }
}
