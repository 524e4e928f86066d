package org.imcbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void masksKnownSecretsBearerTokensAndKeyLikeText() {
        SecretRedactor redactor = new SecretRedactor(List.of("hunter2-secret", ""));
        assertThat(redactor.redact("pw hunter2-secret, Authorization: Bearer abc.def-123 and sk-proj-abcdef123456"))
                .isEqualTo("pw ***, Authorization: Bearer *** and ***");
        assertThat(redactor.redact("AIzaSyA1234567890abcdefghijklmnop")).isEqualTo("***");
        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("at https://team:pa55word@vllm.internal:8000/v1 failed"))
                .isEqualTo("at https://***@vllm.internal:8000/v1 failed");
        assertThat(redactor.redact("a plain sentence about skin and risk")).isEqualTo("a plain sentence about skin and risk");
        assertThat(redactor.toString()).doesNotContain("hunter2");
    }
}
