package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mirror folder: an image its manifest lists is found by the listed name when the bytes have the listed hash;
 * otherwise — no entry, a listed file with other bytes, a listed name outside the folder — it is found by
 * content, whatever its name, and never outside the folder.
 */
class MirrorIndexTest {
    private static final byte[] LISTED = "listed image".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "another image".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @Test
    void aListedImageIsFoundByItsListedName() throws IOException {
        Path mirror = mirror("[{\"file\": \"a.png\", \"sha256\": \"" + Hashes.sha256(LISTED) + "\", "
                + "\"canonical_url\": \"https://example.org/a.png\"}]");
        Files.write(mirror.resolve("a.png"), LISTED);
        Files.write(mirror.resolve("0-copy.png"), LISTED); // sorts first: only the manifest gives a.png

        MirrorIndex index = new MirrorIndex(mirror);

        assertThat(index.find(Hashes.sha256(LISTED))).contains(mirror.resolve("a.png"));
        assertThat(index.listedSha256("https://example.org/a.png")).contains(Hashes.sha256(LISTED));
    }

    @Test
    void anImageNotListedIsFoundByContentWhateverItsName() throws IOException {
        Path mirror = mirror("[{\"file\": \"a.png\", \"sha256\": \"" + Hashes.sha256(LISTED) + "\"}]");
        Files.write(mirror.resolve("a.png"), LISTED);
        Files.write(mirror.resolve("unlisted-name.bin"), OTHER);

        assertThat(new MirrorIndex(mirror).find(Hashes.sha256(OTHER))).contains(mirror.resolve("unlisted-name.bin"));
    }

    @Test
    void aListedFileWithOtherBytesIsNotTakenAndTheImageIsFoundByContent() throws IOException {
        Path mirror = mirror("[{\"file\": \"a.png\", \"sha256\": \"" + Hashes.sha256(LISTED) + "\"}]");
        Files.write(mirror.resolve("a.png"), OTHER);
        Files.write(mirror.resolve("b.png"), LISTED);

        MirrorIndex index = new MirrorIndex(mirror);

        assertThat(index.find(Hashes.sha256(LISTED))).contains(mirror.resolve("b.png"));
        assertThat(index.find(Hashes.sha256(OTHER))).contains(mirror.resolve("a.png"));
        assertThat(index.read(Hashes.sha256(LISTED))).hasValue(LISTED);
        assertThat(index.read(Hashes.sha256(OTHER))).hasValue(OTHER);
    }

    @Test
    void readGivesTheBytesOfTheImageFoundAndNothingForAnImageTheMirrorLacks() throws IOException {
        Path mirror = mirror("[{\"file\": \"a.png\", \"sha256\": \"" + Hashes.sha256(LISTED) + "\"}, "
                + "{\"file\": \"gone.png\", \"sha256\": \"" + Hashes.sha256(OTHER) + "\"}]");
        Files.write(mirror.resolve("a.png"), LISTED);

        MirrorIndex index = new MirrorIndex(mirror);

        assertThat(index.read(Hashes.sha256(LISTED))).hasValue(LISTED);
        assertThat(index.read(Hashes.sha256(OTHER))).isEmpty();
        assertThat(index.read(Hashes.sha256("never stored".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aListedNameOutsideTheFolderIsNeverRead() throws IOException {
        Files.write(root.resolve("outside.png"), LISTED);
        Path mirror = mirror("[{\"file\": \"../outside.png\", \"sha256\": \"" + Hashes.sha256(LISTED) + "\"}, "
                + "{\"file\": \"" + root.resolve("outside.png") + "\", \"sha256\": \"" + Hashes.sha256(LISTED) + "\"}]");

        MirrorIndex index = new MirrorIndex(mirror);

        assertThat(index.find(Hashes.sha256(LISTED))).isEmpty();
        assertThat(index.read(Hashes.sha256(LISTED))).isEmpty();
    }

    @Test
    void withoutAManifestImagesAreFoundByContent() throws IOException {
        Path mirror = Files.createDirectories(root.resolve("mirror"));
        Files.write(mirror.resolve("x"), LISTED);

        MirrorIndex index = new MirrorIndex(mirror);

        assertThat(index.find(Hashes.sha256(LISTED))).contains(mirror.resolve("x"));
        assertThat(index.listedSha256("https://example.org/a.png")).isEmpty();
    }

    private Path mirror(String manifest) throws IOException {
        Path mirror = Files.createDirectories(root.resolve("mirror"));
        Files.writeString(mirror.resolve("manifest.json"), manifest);
        return mirror;
    }
}
