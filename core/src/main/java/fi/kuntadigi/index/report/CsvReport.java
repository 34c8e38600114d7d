package fi.kuntadigi.index.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a report table as a UTF-8 CSV file with a header; numbers in full precision, empty when missing. */
public final class CsvReport {

    private CsvReport() {
    }

    /** Writes {@code table} to {@code DIR/NAME.csv} and returns the file. */
    public static Path write(ReportTable table, Path dir) throws IOException {
        Path file = dir.resolve(table.name() + ".csv");
        try (CsvWriter csv = CsvWriter.builder().build(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            csv.writeRecord(new ArrayList<>(table.columns().keySet()));
            for (Map<String, Object> row : table.rows()) {
                List<String> cells = new ArrayList<>();
                row.values().forEach(v -> cells.add(v == null ? "" : v.toString()));
                csv.writeRecord(cells);
            }
        }
        return file;
    }
}
