package org.imcbench.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.imcbench.cases.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped knowledge and profile files: every label of the dataset has an entry that cites its
 * guidance and a profile table; every checklist pattern compiles, and each item an answer should state
 * (diagnosis, differentials, safety actions, red flags) is matched by its own label, so an answer in the
 * knowledge file's own words passes the offline judge (must-not-say labels describe, not quote).
 */
class KnowledgeFilesTest {
    private static final List<String> CHESTXRAY14 = List.of("Atelectasis", "Cardiomegaly", "Effusion",
            "Infiltration", "Mass", "Nodule", "Pneumonia", "Pneumothorax", "Consolidation", "Edema", "Emphysema",
            "Fibrosis", "Pleural_Thickening", "Hernia", "No Finding");
    private static final List<String> HAM10000 = List.of("akiec", "bcc", "bkl", "df", "mel", "nv", "vasc");

    @ParameterizedTest
    @ValueSource(strings = {"chestxray14", "ham10000"})
    void everyLabelHasACitedEntryAndAProfileTable(String dataset) throws IOException {
        Dataset source = Dataset.byId(dataset);
        KnowledgeBase knowledge = KnowledgeBase.load(source.knowledgeResource());
        ProfileTables tables = ProfileTables.load(source.profilesResource());

        assertThat(knowledge.entries()).extracting(LabelKnowledge::label)
                .containsExactlyInAnyOrderElementsOf(dataset.equals("chestxray14") ? CHESTXRAY14 : HAM10000);
        assertThat(tables.labels().keySet()).containsExactlyInAnyOrderElementsOf(
                knowledge.entries().stream().map(LabelKnowledge::label).toList());
        assertThat(knowledge.entries()).allSatisfy(entry -> assertThat(entry.guidance()).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"chestxray14", "ham10000"})
    void everyPatternCompilesAndMatchesItsOwnLabel(String dataset) throws IOException {
        List<String> misses = new ArrayList<>();
        for (LabelKnowledge entry : KnowledgeBase.load(Dataset.byId(dataset).knowledgeResource()).entries()) {
            List<Finding> items = new ArrayList<>(List.of(entry.diagnosis()));
            items.addAll(entry.differentials());
            items.addAll(entry.requiredSafetyActions());
            items.addAll(entry.redFlags());
            for (Finding item : items) {
                boolean matched = item.patterns().isEmpty() || item.patterns().stream()
                        .anyMatch(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher(item.label()).find());
                if (!matched) {
                    misses.add(entry.label() + ": " + item.label());
                }
            }
        }
        assertThat(misses).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"chestxray14", "ham10000"})
    void theTreeReadOfTheFileAgreesWithTheBinding(String dataset) throws IOException {
        JsonNode tree = DatasetFixtures.knowledge(dataset);
        KnowledgeBase knowledge = KnowledgeBase.load(Dataset.byId(dataset).knowledgeResource());
        assertThat(knowledge.entries()).hasSize(tree.get("labels").size());
    }
}
