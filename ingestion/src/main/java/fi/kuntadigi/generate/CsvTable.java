package fi.kuntadigi.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import fi.kuntadigi.catalog.DatasetSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One CSV file being written, header first, with FastCSV. Rows are streamed, never collected. */
final class CsvTable implements AutoCloseable {

    private final CsvWriter writer;

    private CsvTable(CsvWriter writer) {
        this.writer = writer;
    }

    /** Opens {@code file} (creating its folder) and writes the header. */
    static CsvTable create(Path file, CsvDialect dialect, List<String> header) {
        try {
            Files.createDirectories(file.getParent());
            CsvWriter writer = CsvWriter.builder()
                    .fieldSeparator(dialect.separator())
                    .lineDelimiter(dialect.lineDelimiter())
                    .bufferSize(64 * 1024)
                    .build(file, dialect.charset());
            writer.writeRecord(header);
            return new CsvTable(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code datasets/<dataset>/<fileName>} in the canonical dialect with the dataset's columns. */
    static CsvTable forDataset(Path datasetsDir, DatasetSchema schema, String fileName) {
        return create(datasetsDir.resolve(schema.name()).resolve(fileName), CsvDialect.CANONICAL,
                schema.exportColumnNames());
    }

    void row(String... fields) {
        writer.writeRecord(fields);
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
