package org.imcbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Pre-encoded JSON values are written as they are, by byte and by character generators alike. */
class RawJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDataUrlIsQuotedAndWrittenAsItIsIntoBytesAndText() throws Exception {
        byte[] data = {(byte) 0x89, 'P', 'N', 'G', 0, -1, '"', '\\'};
        RawJson url = RawJson.base64String("data:image/png;base64,", data);
        ObjectNode body = JSON.createObjectNode();
        body.putObject("image_url").putRawValue("url", url.asRawValue());

        String expected = "{\"image_url\":{\"url\":\"data:image/png;base64,iVBORwD/Ilw=\"}}";
        assertThat(new String(JSON.writeValueAsBytes(body), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(JSON.writeValueAsString(body)).isEqualTo(expected);
        assertThat(url.asUnquotedUTF8().length).isEqualTo("\"data:image/png;base64,iVBORwD/Ilw=\"".length());
    }

    @Test
    void aLargeValueIsWrittenPastTheGeneratorsBuffer() throws Exception {
        byte[] large = new byte[300_000];
        Arrays.fill(large, (byte) 7);
        ObjectNode body = JSON.createObjectNode().putRawValue("data", RawJson.base64String("", large).asRawValue());

        assertThat(Base64.getDecoder().decode(JSON.readTree(JSON.writeValueAsBytes(body)).get("data").asText()))
                .isEqualTo(large);
    }

    @Test
    void aPrefixThatWouldNeedEscapingIsRefused() {
        byte[] data = {1, 2, 3};
        assertThatThrownBy(() -> RawJson.base64String("a\"b", data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("character 34");
        assertThatThrownBy(() -> RawJson.base64String("a\\b", data)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawJson.base64String("a\nb", data)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawJson.base64String("é", data)).isInstanceOf(IllegalArgumentException.class);
    }
}
