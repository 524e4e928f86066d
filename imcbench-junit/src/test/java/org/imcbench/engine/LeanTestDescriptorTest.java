package org.imcbench.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** The engine's own descriptor base keeps the contract of JUnit's {@code AbstractTestDescriptor}. */
class LeanTestDescriptorTest {
    private static final UniqueId ROOT = UniqueId.forEngine("imcbench");

    @Test
    void displayNamesAreShownAsJunitShowsThem() {
        List<String> names = List.of("derm-004 › safety ≥ 3", "plain", "two\nlines", "cr\r\nlf", "tab\there",
                "bell\u0007 and nul\u0000", "\u0085next line", "ends with newline\n", "ünïcödé — 皮膚 😀");
        for (String name : names) {
            assertThat(new Lean(ROOT.append("case", "x"), name).getDisplayName())
                    .as("display name of %s", name.replace("\n", "\\n"))
                    .isEqualTo(new JunitOwn(ROOT.append("case", "x"), name).getDisplayName());
        }
    }

    @Test
    void aNameWithoutControlCharactersIsKeptAsItIs() {
        String name = "cxr-atelectasis-001-r1 › accuracy ≥ 3";
        assertThat(new Lean(ROOT, name).getDisplayName()).isSameAs(name);
    }

    @Test
    void aBlankNameIsRefused() {
        assertThatThrownBy(() -> new Lean(ROOT, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[engine:imcbench]");
    }

    @Test
    void descriptorsAreEqualByClassAndUniqueId() {
        UniqueId id = ROOT.append("case", "a");
        assertThat(new Lean(id, "a")).isEqualTo(new Lean(id, "other name")).hasSameHashCodeAs(new Lean(id, "b"));
        assertThat(new Lean(id, "a")).isNotEqualTo(new Lean(ROOT.append("case", "b"), "a"));
        assertThat(new Lean(id, "a")).isNotEqualTo(new OtherLean(id, "a"));
        assertThat(new Lean(id, "a")).hasToString("Lean: " + id);
    }

    @Test
    void childrenKeepTheirOrderAndParentAndAreFoundAndRemovedEvenWhileTheirParentIsVisited() {
        Lean root = new Lean(ROOT, "root");
        Lean parent = new Lean(ROOT.append("case", "p"), "p");
        Lean first = new Lean(parent.getUniqueId().append("check", "1"), "1");
        Lean second = new Lean(parent.getUniqueId().append("check", "2"), "2");
        root.addChild(parent);
        parent.addChild(second);
        parent.addChild(first);

        assertThat(children(parent)).containsExactly(second, first);
        assertThat(first.getParent()).contains(parent);
        assertThat(root.findByUniqueId(first.getUniqueId()).orElseThrow()).isSameAs(first);
        assertThat(root.findByUniqueId(ROOT.append("case", "none"))).isEmpty();
        assertThatThrownBy(() -> parent.getChildren().clear()).isInstanceOf(UnsupportedOperationException.class);
        parent.getChildren().forEach(TestDescriptor::removeFromHierarchy);
        assertThat(parent.getChildren()).isEmpty();
        parent.addChild(second);
        parent.addChild(first);

        parent.removeChild(second);
        assertThat(children(parent)).containsExactly(first);
        assertThat(second.getParent()).isEmpty();

        parent.removeFromHierarchy();
        assertThat(root.getChildren()).isEmpty();
        assertThat(parent.getParent()).isEmpty();
        assertThat(parent.getChildren()).isEmpty();
        assertThat(first.getParent()).isEmpty();
        assertThatThrownBy(root::removeFromHierarchy).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void childrenGivenAreKeptUntilTheyChangeAndNeverChangeAfterwards() {
        Lean parent = new Lean(ROOT, "root");
        List<TestDescriptor> added = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Lean child = new Lean(ROOT.append("case", "c" + i), "c" + i);
            added.add(child);
            parent.addChild(child);
            Set<? extends TestDescriptor> given = parent.getChildren();
            assertThat(children(parent)).containsExactlyElementsOf(added);
            assertThat(given.contains(child)).isTrue();
            assertThat(given.contains(parent)).isFalse();
            assertThat(parent.getChildren()).isSameAs(given);
        }
        Set<? extends TestDescriptor> before = parent.getChildren();
        parent.removeChild(added.get(3));
        parent.addChild(new Lean(ROOT.append("case", "late"), "late"));

        assertThat(new ArrayList<TestDescriptor>(before)).containsExactlyElementsOf(added);
        assertThat(parent.getChildren()).hasSize(40).isNotSameAs(before);
        assertThat(parent.getChildren().contains(added.get(3))).isFalse();
        Iterator<? extends TestDescriptor> small = added.get(0).getChildren().iterator();
        assertThat(small.hasNext()).isFalse();
        TestDescriptor few = added.get(1);
        few.addChild(new Lean(few.getUniqueId().append("check", "1"), "1"));
        Iterator<? extends TestDescriptor> one = few.getChildren().iterator();
        one.next();
        assertThatThrownBy(one::remove).isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<TestDescriptor> children(TestDescriptor parent) {
        return new ArrayList<>(parent.getChildren());
    }

    private static class Lean extends LeanTestDescriptor {
        Lean(UniqueId uniqueId, String displayName) {
            super(uniqueId, displayName, null);
        }

        @Override
        public Type getType() {
            return Type.CONTAINER_AND_TEST;
        }
    }

    private static final class OtherLean extends Lean {
        OtherLean(UniqueId uniqueId, String displayName) {
            super(uniqueId, displayName);
        }
    }

    /** JUnit's own descriptor base, the reference for display names. */
    private static final class JunitOwn extends AbstractTestDescriptor {
        JunitOwn(UniqueId uniqueId, String displayName) {
            super(uniqueId, displayName);
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
