package org.imcbench.datasets;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A CSV label file read with jackson-dataformat-csv: a header line and rows of cells, looked up by
 * column name (trimmed, case-insensitive) or by position.
 *
 * @param file where the table was read from, for messages
 * @param header the header cells, trimmed
 * @param rows the rows after the header; blank lines are left out
 */
record CsvTable(Path file, List<String> header, List<List<String>> rows) {
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    /** Reads a CSV file. */
    static CsvTable read(Path file) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(file.toFile())) {
            while (it.hasNext()) {
                lines.add(List.of(it.next()));
            }
        }
        if (lines.isEmpty()) {
            throw new IOException(file + ": empty, expected a header line");
        }
        List<String> header = lines.get(0).stream().map(cell -> cell.strip().replace("\uFEFF", "")).toList();
        return new CsvTable(file, header, List.copyOf(lines.subList(1, lines.size())));
    }

    /** The position of a required column. */
    int column(String name) throws IOException {
        return optionalColumn(name).orElseThrow(() -> new IOException(file + ": no column \"" + name
                + "\" in the header " + header));
    }

    /** The position of a column, when the header has it. */
    Optional<Integer> optionalColumn(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The trimmed cell of a row, empty when the row is shorter. */
    static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }
}
