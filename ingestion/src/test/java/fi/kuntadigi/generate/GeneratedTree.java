package fi.kuntadigi.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads canonical CSV files of a generated tree in tests. */
final class GeneratedTree {

    private GeneratedTree() {
    }

    static List<NamedCsvRecord> read(Path datasetsDir, String dataset) {
        return readFile(datasetsDir.resolve(dataset).resolve(dataset + ".csv"));
    }

    static List<NamedCsvRecord> readFile(Path file) {
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            List<NamedCsvRecord> records = new ArrayList<>();
            reader.forEach(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
