package org.imcbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void writesTheContentReadableByAllAndLeavesNoTemporaryFile() throws IOException {
        Path target = folder.resolve("out").resolve("report.json");

        AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("{}");
        if (Files.getFileStore(target).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
        }
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFailingWriteKeepsTheOldContentAndRemovesItsTemporaryFile() throws IOException {
        Path target = folder.resolve("report.json");
        AtomicFiles.write(target, "old".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }
}
