package org.imcbench.model.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.imcbench.model.ChatMessage;
import org.imcbench.model.ChatRequest;
import org.imcbench.model.ModelRole;
import org.imcbench.model.Usage;
import org.imcbench.model.cache.CacheMode;
import org.imcbench.model.cache.CachingChatModel;
import org.imcbench.model.cache.ResponseCache;
import org.imcbench.testing.ScriptedChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeteredChatModelTest {

    @Test
    void aLedgerTalliesCallsPerRoleAndModelAndTellsCachedFromPaidCalls(@TempDir Path dir) {
        List<CallUsage> downstream = new ArrayList<>();
        UsageLedger ledger = new UsageLedger(downstream::add);
        ScriptedChatModel provider = new ScriptedChatModel("openai:gpt-4.1", "a", "b");
        MeteredChatModel model = new MeteredChatModel(
                new CachingChatModel(provider, new ResponseCache(dir), CacheMode.READ_WRITE), ModelRole.MODEL, ledger);
        MeteredChatModel judge = new MeteredChatModel(new ScriptedChatModel("openai:gpt-4.1", "{}"), ModelRole.JURY,
                ledger);

        model.chat(request("q"));
        model.chat(request("q"));
        model.chat(request("other"));
        judge.chat(request("q"));

        Usage one = ScriptedChatModel.USAGE;
        assertThat(ledger.tallies()).containsExactly(
                new ModelTally(ModelRole.MODEL, "openai:gpt-4.1", 3, 1, one.plus(one).plus(one), one.plus(one)),
                new ModelTally(ModelRole.JURY, "openai:gpt-4.1", 1, 0, one, one));
        assertThat(downstream).hasSize(4).filteredOn(CallUsage::cached).hasSize(1);
    }

    private static ChatRequest request(String text) {
        return ChatRequest.of(List.of(ChatMessage.user(text)), 0, 10);
    }
}
