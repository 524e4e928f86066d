package org.imcbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllowedRootsTest {
    @TempDir
    Path temp;

    @Test
    void readsInsideAndRefusesEveryWayOutWithoutOpening() throws IOException {
        Path root = Files.createDirectories(temp.resolve("root"));
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(root.resolve("in.txt"), "inside");
        Files.writeString(outside.resolve("out.txt"), "outside");
        Files.createSymbolicLink(root.resolve("link.txt"), outside.resolve("out.txt"));
        Files.createSymbolicLink(root.resolve("dir"), outside);
        Files.createSymbolicLink(root.resolve("alias.txt"), root.resolve("in.txt"));
        AllowedRoots roots = new AllowedRoots(List.of(root, temp.resolve("not-there")));

        assertThat(roots.read(root.resolve("in.txt"), 100)).asString().isEqualTo("inside");
        assertThat(roots.read(root.resolve("alias.txt"), 100)).asString().isEqualTo("inside");
        assertThat(roots.read(root.resolve("in.txt"), 3)).as("bound + 1 bytes at most").hasSize(4);
        for (Path way : List.of(root.resolve("../outside/out.txt"), outside.resolve("out.txt"), root.resolve("link.txt"),
                root.resolve("dir/out.txt"))) {
            assertThatThrownBy(() -> roots.read(way, 100)).as(way.toString())
                    .isInstanceOf(OutsideRootsException.class).hasMessageStartingWith(way + " leads outside");
        }
        assertThatThrownBy(() -> roots.read(root.resolve("absent.txt"), 100)).isInstanceOf(NoSuchFileException.class);
        assertThat(roots.with(outside).read(root.resolve("link.txt"), 100)).asString().isEqualTo("outside");
    }
}
