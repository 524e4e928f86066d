package org.imcbench.jury.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file of the clinical answer corpus ({@code answer-corpus/<case-id>.json}, format in
 * {@code docs/answer-corpus.md}): answers to one case written by a clinician from its ground truth, each
 * marked ideal or dangerous.
 *
 * @param caseId the case the answers belong to; the file is named after it
 * @param answers the answers, at least one
 */
public record AnswerCorpus(String caseId, List<CorpusAnswer> answers) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Checks the components. */
    public AnswerCorpus {
        Objects.requireNonNull(caseId, "caseId");
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("answers: at least one answer is required");
        }
    }

    /** The path of a case's corpus file in a corpus folder. */
    public static Path fileOf(Path folder, String caseId) {
        return folder.resolve(caseId + ".json");
    }

    /**
     * Reads a corpus file; its {@code caseId} must match the file name.
     *
     * @throws IOException when the file cannot be read
     * @throws IllegalArgumentException naming the file, when its content is not a valid corpus entry
     */
    public static AnswerCorpus read(Path file) throws IOException {
        String json = Files.readString(file);
        AnswerCorpus corpus;
        try {
            corpus = JSON.readValue(json, AnswerCorpus.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not a valid answer-corpus file: " + e.getOriginalMessage(), e);
        }
        String expected = corpus.caseId() + ".json";
        if (!file.getFileName().toString().equals(expected)) {
            throw new IllegalArgumentException(file + ": caseId '" + corpus.caseId() + "' needs the file name " + expected);
        }
        return corpus;
    }
}
