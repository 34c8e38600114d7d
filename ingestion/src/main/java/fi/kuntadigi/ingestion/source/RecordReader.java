package fi.kuntadigi.ingestion.source;

import fi.kuntadigi.operations.ExportKind;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
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
        return open(file, displayName, null);
    }

    /**
     * Opens an export and, when {@code digest} is given, feeds it the whole file's bytes on the
     * way — for a CSV in the same pass that detects its encoding, so the file is not read once more.
     */
    static RecordReader open(Path file, String displayName, MessageDigest digest) throws IOException {
        return switch (ExportKind.of(file, displayName)) {
            case CSV -> CsvRecordReader.open(file, displayName, digest);
            case XLSX -> {
                if (digest != null) {
                    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                }
                yield XlsxRecordReader.open(file, displayName);
            }
        };
    }
}
