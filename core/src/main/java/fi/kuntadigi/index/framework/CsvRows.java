package fi.kuntadigi.index.framework;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rows of a UTF-8 CSV file with a header, read with fastcsv; cells read by column name. */
final class CsvRows {

    /** Cells read as missing numbers: empty, and R's {@code NA} (COINr's files are written from R). */
    private static final Set<String> MISSING = Set.of("", "NA", "NaN");

    final String file;
    final List<String> header;
    final List<NamedCsvRecord> rows;

    private CsvRows(String file, List<String> header, List<NamedCsvRecord> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    static CsvRows read(Path path) {
        String file = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            throw new FrameworkInputException(path + ": no such file; give the path of a CSV file");
        }
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(path, StandardCharsets.UTF_8)) {
            List<NamedCsvRecord> rows = new ArrayList<>();
            reader.forEach(rows::add);
            if (rows.isEmpty()) {
                throw new FrameworkInputException(file + ": no data rows below the header");
            }
            return new CsvRows(file, rows.get(0).getHeader(), rows);
        } catch (NoSuchFileException e) {
            throw new FrameworkInputException(path + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            if (e instanceof FrameworkInputException) {
                throw e;
            }
            throw new FrameworkInputException(file + ": not a readable CSV file (" + e.getMessage() + ")", e);
        }
    }

    void require(String... columns) {
        for (String c : columns) {
            if (!header.contains(c)) {
                throw FrameworkInputException.at(file, 1, c, "the header has no column '" + c + "'; header: " + header);
            }
        }
    }

    String text(NamedCsvRecord row, String column) {
        return row.findField(column).map(String::strip).orElse("");
    }

    /** A number, NaN when the cell is empty or NA; a message naming file, row and column otherwise. */
    double number(NamedCsvRecord row, String column) {
        String t = text(row, column);
        if (MISSING.contains(t)) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw FrameworkInputException.at(file, row.getStartingLineNumber(), column,
                    "'" + t + "' is not a number; write it with a decimal point (e.g. 12.5), or leave it empty when missing");
        }
    }
}
