package fi.kuntadigi.ingestion.source;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Reads an export record by record: its header first, then each record with its line. */
public interface RecordReader extends Closeable {

    List<String> header();

    /** The next record, or null at the end. */
    RawRecord next();

    /** The delimiter used when a record is shown as text. */
    char delimiter();

    /** Opens a CSV or XLSX export, recognised by content. */
    static RecordReader open(Path file, String displayName) throws IOException {
        return switch (ExportKind.of(file, displayName)) {
            case CSV -> CsvRecordReader.open(file, displayName);
            case XLSX -> XlsxRecordReader.open(file, displayName);
        };
    }
}
