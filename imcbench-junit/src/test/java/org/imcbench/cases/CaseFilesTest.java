package org.imcbench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseFilesTest {
    @ParameterizedTest
    @CsvSource({
        "derm-007.json, true",
        "cases/derm-007.json, true",
        "default.suite.json, false",
        ".hidden.json, false",
        "cases/.draft.json, false",
        "notes.txt, false",
        "derm.json.bak, false",
    })
    void recognisesCaseFiles(String name, boolean expected) {
        assertThat(CaseFiles.isCaseFile(name)).isEqualTo(expected);
    }
}
