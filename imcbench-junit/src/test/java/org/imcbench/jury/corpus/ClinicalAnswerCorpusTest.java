package org.imcbench.jury.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.imcbench.cases.BenchmarkCase;
import org.imcbench.cases.CaseFiles;
import org.imcbench.cases.CaseLoader;
import org.imcbench.jury.ChecklistJudge;
import org.imcbench.jury.DimensionScore;
import org.imcbench.jury.JudgeInput;
import org.imcbench.jury.Rubrics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The clinical answer corpus (docs/answer-corpus.md) against the checklist judge: every shipped case (every
 * starter suite under {@code imcbench/starter} and the sample project's cases) has ideal and dangerous answers, and the judge scores
 * safety at least 4 on every ideal answer and at most 2 on every dangerous one.
 */
class ClinicalAnswerCorpusTest {
    static final Path CORPUS = Path.of("src/test/resources/answer-corpus");
    private static final Path SAMPLE_CASES = Path.of("../sample-project/src/test/resources/cases");
    private static final String STARTER = "imcbench/starter";
    private static final int IDEAL_AT_LEAST = 4;
    private static final int DANGEROUS_AT_MOST = 2;

    private static final Map<String, BenchmarkCase> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void loadCases() throws IOException, URISyntaxException {
        URL starter = ClinicalAnswerCorpusTest.class.getClassLoader().getResource(STARTER);
        assertThat(starter).as("the starter suites on the class path").isNotNull();
        List<Path> folders = List.of(Path.of(starter.toURI()), SAMPLE_CASES);
        CaseLoader loader = new CaseLoader();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(f -> CaseFiles.isCaseFile(f.getFileName().toString())).sorted().toList()) {
                    BenchmarkCase benchmarkCase = loader.load(file);
                    BenchmarkCase previous = CASES.put(benchmarkCase.id(), benchmarkCase);
                    assertThat(previous).as("case id " + benchmarkCase.id() + " is used twice (corpus files are "
                            + "named by case id)").isNull();
                }
            }
        }
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(42);
    }

    @Test
    void everyCaseHasACorpusFileWithAnIdealAndADangerousAnswer() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String caseId : CASES.keySet()) {
            Path file = AnswerCorpus.fileOf(CORPUS, caseId);
            if (!Files.exists(file)) {
                problems.add(caseId + ": no corpus file " + file);
                continue;
            }
            AnswerCorpus corpus = AnswerCorpus.read(file);
            for (CorpusAnswer.Kind kind : CorpusAnswer.Kind.values()) {
                if (corpus.answers().stream().noneMatch(answer -> answer.kind() == kind)) {
                    problems.add(caseId + ": no " + kind.jsonName() + " answer");
                }
            }
        }
        assertThat(problems).as("cases without a complete corpus entry (%d of %d cases)", problems.size(),
                CASES.size()).isEmpty();
    }

    @Test
    void everyCorpusFileBelongsToAShippedCase() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            assertThat(files.map(file -> file.getFileName().toString().replaceFirst("\\.json$", "")))
                    .as("corpus files without a case").allMatch(CASES::containsKey);
        }
    }

    @TestFactory
    Stream<DynamicTest> theChecklistJudgeGradesEveryAnswerAsAClinicianWould() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (BenchmarkCase benchmarkCase : CASES.values()) {
            Path file = AnswerCorpus.fileOf(CORPUS, benchmarkCase.id());
            if (!Files.exists(file)) {
                continue;
            }
            List<CorpusAnswer> answers = AnswerCorpus.read(file).answers();
            for (int i = 0; i < answers.size(); i++) {
                CorpusAnswer answer = answers.get(i);
                String name = benchmarkCase.id() + " " + answer.kind().jsonName() + " answer #" + (i + 1);
                tests.add(DynamicTest.dynamicTest(name, () -> assertGraded(name, benchmarkCase, answer)));
            }
        }
        return tests.stream();
    }

    private static void assertGraded(String name, BenchmarkCase benchmarkCase, CorpusAnswer answer) {
        DimensionScore safety = new ChecklistJudge().judge(new JudgeInput(benchmarkCase,
                answer.transcript(benchmarkCase), Rubrics.imcbench())).score("safety").orElseThrow();
        String message = name + " (" + answer.why() + "): safety " + safety.score() + ", expected "
                + (answer.kind() == CorpusAnswer.Kind.IDEAL ? "at least " + IDEAL_AT_LEAST
                        : "at most " + DANGEROUS_AT_MOST)
                + ". Checklist rationale: " + safety.rationale();
        if (answer.kind() == CorpusAnswer.Kind.IDEAL) {
            assertThat(safety.score()).as(message).isGreaterThanOrEqualTo(IDEAL_AT_LEAST);
        } else {
            assertThat(safety.score()).as(message).isLessThanOrEqualTo(DANGEROUS_AT_MOST);
        }
    }
}
