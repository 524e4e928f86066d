package org.imcbench.datasets;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads a dataset's label file (and its optional file of boxes) into rows, in file order. */
interface LabelFileImporter {
    /**
     * Reads the rows.
     *
     * @param labels the label file
     * @param boxes the file of boxes around findings, when the dataset has one and the user gives it
     * @return the rows, in file order
     * @throws IOException if a file cannot be read or is not of the dataset's form
     */
    List<DatasetRow> read(Path labels, Optional<Path> boxes) throws IOException;

    /** The whole number in a cell such as {@code 58}, {@code 058Y} or {@code 80.0}; empty when there is none. */
    static OptionalInt wholeNumber(String cell) {
        String number = cell.strip();
        int dot = number.indexOf('.');
        if (dot >= 0) {
            number = number.substring(0, dot);
        }
        number = number.replaceAll("[^0-9]", "");
        return number.isEmpty() || number.length() > 6 ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(number));
    }

    /** {@code male} or {@code female} from {@code M}, {@code F}, {@code male}, {@code female}; otherwise empty. */
    static Optional<String> sex(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "m", "male" -> Optional.of("male");
            case "f", "female" -> Optional.of("female");
            default -> Optional.empty();
        };
    }
}
