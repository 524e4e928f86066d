package org.imcbench.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the output file of {@code promptfoo eval -o} (the layout of promptfoo 0.120). */
class PromptfooResultsTest {
    @Test
    void countsTheResultsAndReadsTheStats(@TempDir Path tmp) throws Exception {
        String result = """
                {"success": true, "score": 1, "prompt": {"raw": "[{\\"role\\": \\"user\\", \\"content\\": \\"data:image/png;base64,%s\\"}]"},
                 "response": {"output": "See a doctor."}, "gradingResult": {"pass": true, "componentResults": [{"pass": true}]}}
                """.formatted("A".repeat(10_000));
        Path file = tmp.resolve("results.json");
        Files.writeString(file, """
                {"evalId": "eval-1", "results": {"version": 3, "timestamp": "2026-12-06T06:23:21.721Z",
                  "prompts": [{"raw": "x"}], "results": [%s, %s, %s],
                  "stats": {"successes": 2, "failures": 1, "errors": 0, "tokenUsage": {"total": 4}, "durationMs": 686}},
                 "config": {"tests": [{"vars": {}}]}, "shareableUrl": null, "metadata": {"promptfooVersion": "0.120.27", "nodeVersion": "v20.20.2"}}
                """.formatted(result, result, result));

        PromptfooResults results = PromptfooResults.read(file);

        assertThat(results).isEqualTo(new PromptfooResults(3, 2, 1, 0, 686, "promptfoo 0.120.27 on node v20.20.2"));
        assertThat(results.allPassed(3)).isFalse();
        assertThat(new PromptfooResults(3, 3, 0, 0, 686, "").allPassed(3)).isTrue();
        assertThat(new PromptfooResults(3, 3, 0, 0, 686, "").allPassed(4)).isFalse();
        assertThat(results).hasToString("3 results: 2 passed, 1 failed, 0 errors in 0.69 s "
                + "(promptfoo 0.120.27 on node v20.20.2)");
    }

    @Test
    void refusesAFileThatIsNotAnEvalOutput(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("results.json");
        Files.writeString(file, "{\"results\": {\"results\": []}}");

        assertThatThrownBy(() -> PromptfooResults.read(file)).hasMessageContaining("not the output of promptfoo eval");
        Files.writeString(file, "[]");
        assertThatThrownBy(() -> PromptfooResults.read(file)).hasMessageContaining("is not a JSON object");
    }
}
