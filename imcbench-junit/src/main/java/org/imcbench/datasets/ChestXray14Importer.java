package org.imcbench.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * NIH ChestX-ray14: {@code Data_Entry_2017.csv} (Image Index, Finding Labels separated by {@code |},
 * Follow-up #, Patient ID, Patient Age, Patient Gender, View Position, and the original width and
 * height) and, optionally, {@code BBox_List_2017.csv} (Image Index, Finding Label, Bbox [x, y, w, h]
 * in pixels of the original image).
 */
final class ChestXray14Importer implements LabelFileImporter {
    @Override
    public List<DatasetRow> read(Path labels, Optional<Path> boxes) throws IOException {
        Map<String, List<BoundingBox>> boxesByImage = boxes.isPresent() ? boxes(boxes.get()) : Map.of();
        CsvTable table = CsvTable.read(labels);
        int image = table.column("Image Index");
        int findings = table.column("Finding Labels");
        int followUp = table.column("Follow-up #");
        int patient = table.column("Patient ID");
        int age = table.column("Patient Age");
        int sex = table.column("Patient Gender");
        int view = table.column("View Position");
        Optional<Integer> width = table.optionalColumn("OriginalImage[Width");
        Optional<Integer> height = table.optionalColumn("Height]");
        List<DatasetRow> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String file = CsvTable.cell(row, image);
            List<String> rowLabels = Arrays.stream(CsvTable.cell(row, findings).split("\\|")).map(String::strip)
                    .filter(label -> !label.isEmpty()).toList();
            if (file.isEmpty() || rowLabels.isEmpty()) {
                throw new IOException(labels + ": a row without an image index or labels: " + row);
            }
            String viewPosition = CsvTable.cell(row, view);
            rows.add(new DatasetRow(file, CsvTable.cell(row, patient),
                    LabelFileImporter.wholeNumber(CsvTable.cell(row, followUp)).orElse(0),
                    LabelFileImporter.wholeNumber(CsvTable.cell(row, age)),
                    LabelFileImporter.sex(CsvTable.cell(row, sex)), rowLabels,
                    viewPosition.isEmpty() ? Optional.empty() : Optional.of(viewPosition), Optional.empty(),
                    boxesByImage.getOrDefault(file, List.of()), size(row, width), size(row, height)));
        }
        return rows;
    }

    private static OptionalInt size(List<String> row, Optional<Integer> column) {
        return column.map(index -> LabelFileImporter.wholeNumber(CsvTable.cell(row, index)))
                .orElse(OptionalInt.empty());
    }

    /** The boxes of {@code BBox_List_2017.csv}, by image; its header splits "Bbox [x,y,w,h]" over four columns. */
    private static Map<String, List<BoundingBox>> boxes(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        if (!table.header().get(0).equalsIgnoreCase("Image Index")) {
            throw new IOException(file + ": expected the BBox_List_2017.csv header (Image Index, Finding Label, "
                    + "Bbox [x, y, w, h]), found " + table.header());
        }
        Map<String, List<BoundingBox>> boxes = new LinkedHashMap<>();
        for (List<String> row : table.rows()) {
            try {
                boxes.computeIfAbsent(CsvTable.cell(row, 0), key -> new ArrayList<>()).add(new BoundingBox(
                        CsvTable.cell(row, 1), Double.parseDouble(CsvTable.cell(row, 2)),
                        Double.parseDouble(CsvTable.cell(row, 3)), Double.parseDouble(CsvTable.cell(row, 4)),
                        Double.parseDouble(CsvTable.cell(row, 5))));
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": not a box: " + row + " (" + e.getMessage() + ")", e);
            }
        }
        return boxes;
    }
}
