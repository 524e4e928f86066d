package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.imcbench.testing.PngHeaders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17, item 5: sizes read from headers alone, and images over the pixel bound refused before decoding. */
class ImageDimensionsTest {
    @TempDir
    Path temp;

    private static byte[] encode(String format, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out)).isTrue();
        return out.toByteArray();
    }

    @Test
    void readsPngGifAndJpegHeadersAsImageIoWritesThem() throws IOException {
        assertThat(ImageDimensions.read(encode("png", 37, 11), "image/png")).contains(new ImageDimensions(37, 11));
        assertThat(ImageDimensions.read(encode("gif", 300, 2), "image/gif")).contains(new ImageDimensions(300, 2));
        assertThat(ImageDimensions.read(encode("jpg", 640, 481), "image/jpeg")).contains(new ImageDimensions(640, 481));
    }

    @Test
    void readsTheThreeWebpHeaders() {
        ByteBuffer lossy = webp("VP8 ");
        lossy.position(26);
        lossy.putShort((short) 1000).putShort((short) 700);
        assertThat(ImageDimensions.read(lossy.array(), "image/webp")).contains(new ImageDimensions(1000, 700));

        ByteBuffer lossless = webp("VP8L");
        lossless.position(21);
        lossless.putInt((999) | (499 << 14));
        assertThat(ImageDimensions.read(lossless.array(), "image/webp")).contains(new ImageDimensions(1000, 500));

        ByteBuffer extended = webp("VP8X");
        extended.position(24);
        extended.put((byte) 0xaf).put((byte) 0xb3).put((byte) 0x00).put((byte) 0xaf).put((byte) 0xb3).put((byte) 0x00);
        assertThat(ImageDimensions.read(extended.array(), "image/webp")).contains(new ImageDimensions(46_000, 46_000));
    }

    @Test
    void aCutShortHeaderIsUnreadable() {
        assertThat(ImageDimensions.read(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "image/jpeg")).isEmpty();
        assertThat(ImageDimensions.read(new byte[12], "image/png")).isEmpty();
    }

    @Test
    void aBombIsRefusedNamingTheImageAndTheLimitWhileAnImageAtTheLimitPasses() throws IOException {
        byte[] bomb = PngHeaders.of(46_000, 46_000);
        byte[] atLimit = encode("png", 100, 50);
        Files.write(temp.resolve("bomb.png"), bomb);
        Files.write(temp.resolve("ok.png"), atLimit);
        ImageSettings settings = new ImageSettings(Optional.empty(), temp.resolve("cache"), true, Optional.empty(),
                ImageSettings.DEFAULT_MAX_BYTES, 1, 5_000);
        ImageResolver resolver = new ImageResolver(settings);
        URI source = temp.resolve("case.json").toUri();

        BenchmarkCase fine = caseWith(source, "ok.png", Hashes.sha256(atLimit));
        assertThat(resolver.resolve(fine, fine.images().get(0)).bytes()).isEqualTo(atLimit);
        BenchmarkCase bombCase = caseWith(source, "bomb.png", Hashes.sha256(bomb));
        assertThatThrownBy(() -> resolver.resolve(bombCase, bombCase.images().get(0)))
                .isInstanceOfSatisfying(CaseFormatException.class, e -> assertThat(e.problem()).isEqualTo(
                        "image bomb.png is 46000 × 46000 px (2116000000 pixels), more than imcbench.images.max-pixels"
                                + " (5000); refused before decoding"));
    }

    private static ByteBuffer webp(String chunk) {
        ByteBuffer bytes = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(32).put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put(chunk.getBytes(StandardCharsets.US_ASCII));
        return bytes;
    }

    private static BenchmarkCase caseWith(URI source, String uri, String sha256) {
        return new BenchmarkCase("c", "t", "", "", List.of(), false, false,
                List.of(new CaseImage(uri, sha256, "image/png", "CC0-1.0", "test")),
                new PatientProfile(null, null, null, null, null, null, null, null), new Persona("", List.of()),
                new GroundTruth(new Finding("x", List.of()), null, null, null, null), ScriptedPlan.of("hi"), source);
    }
}
