package org.imcbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pre-encoded JSON values are written as they are, by byte and by character generators alike. */
class RawJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAsciiStringIsQuotedFromItsPartsAndWrittenAsItIsIntoBytesAndText() throws Exception {
        RawJson url = RawJson.asciiString("data:image/png;base64,".getBytes(StandardCharsets.US_ASCII),
                "iVBORw0KGgo+/=".getBytes(StandardCharsets.US_ASCII));
        ObjectNode body = JSON.createObjectNode();
        body.putObject("image_url").putRawValue("url", url.asRawValue());

        String expected = "{\"image_url\":{\"url\":\"data:image/png;base64,iVBORw0KGgo+/=\"}}";
        assertThat(new String(JSON.writeValueAsBytes(body), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(JSON.writeValueAsString(body)).isEqualTo(expected);
        assertThat(JSON.readTree(JSON.writeValueAsBytes(body)).at("/image_url/url").asText())
                .isEqualTo("data:image/png;base64,iVBORw0KGgo+/=");
    }

    @Test
    void aLargeValueIsWrittenPastTheGeneratorsBuffer() throws Exception {
        byte[] large = new byte[200_000];
        java.util.Arrays.fill(large, (byte) 'A');
        ObjectNode body = JSON.createObjectNode().putRawValue("data", RawJson.asciiString(large).asRawValue());

        assertThat(JSON.readTree(JSON.writeValueAsBytes(body)).get("data").asText()).hasSize(200_000).matches("A+");
    }

    @Test
    void bytesThatWouldNeedEscapingAreRefused() {
        assertThatThrownBy(() -> RawJson.asciiString("a\"b".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("byte 34");
        assertThatThrownBy(() -> RawJson.asciiString("a\\b".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawJson.asciiString("a\nb".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
