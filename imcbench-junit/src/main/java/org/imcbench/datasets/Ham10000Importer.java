package org.imcbench.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * HAM10000 / ISIC metadata: {@code lesion_id, image_id, dx, dx_type, age, sex, localization}. The
 * image is {@code <image_id>.jpg}; images of one lesion share its {@code lesion_id} (the patient id
 * of a row), and the localization is the lesion's site. HAM10000 has no boxes.
 */
final class Ham10000Importer implements LabelFileImporter {
    @Override
    public List<DatasetRow> read(Path labels, Optional<Path> boxes) throws IOException {
        if (boxes.isPresent()) {
            throw new IOException("HAM10000 / ISIC metadata has no file of boxes; leave out --boxes");
        }
        CsvTable table = CsvTable.read(labels);
        int lesion = table.column("lesion_id");
        int image = table.column("image_id");
        int dx = table.column("dx");
        int age = table.column("age");
        int sex = table.column("sex");
        int site = table.column("localization");
        List<DatasetRow> rows = new ArrayList<>();
        for (List<String> row : table.rows()) {
            String imageId = CsvTable.cell(row, image);
            String label = CsvTable.cell(row, dx);
            if (imageId.isEmpty() || label.isEmpty()) {
                throw new IOException(labels + ": a row without an image_id or dx: " + row);
            }
            String localization = CsvTable.cell(row, site);
            rows.add(new DatasetRow(imageId + ".jpg", CsvTable.cell(row, lesion), 0,
                    LabelFileImporter.wholeNumber(CsvTable.cell(row, age)),
                    LabelFileImporter.sex(CsvTable.cell(row, sex)), List.of(label), Optional.empty(),
                    localization.isEmpty() || localization.equals("unknown") ? Optional.empty()
                            : Optional.of(localization),
                    List.of(), OptionalInt.empty(), OptionalInt.empty()));
        }
        return rows;
    }
}
