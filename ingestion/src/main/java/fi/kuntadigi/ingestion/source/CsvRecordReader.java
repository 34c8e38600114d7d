package fi.kuntadigi.ingestion.source;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fi.kuntadigi.operations.UnusableInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;

/**
 * Reads a CSV export with FastCSV after detecting its encoding (UTF-8 with or without BOM,
 * or Windows-1252) and its delimiter (comma, semicolon or tab, from the header line).
 */
public final class CsvRecordReader implements RecordReader {

    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final List<String> header;
    private final char delimiter;
    private final String displayName;

    private CsvRecordReader(CsvReader<CsvRecord> reader, char delimiter, String displayName) {
        this.reader = reader;
        this.records = reader.iterator();
        this.delimiter = delimiter;
        this.displayName = displayName;
        if (!records.hasNext()) {
            throw new UnusableInputException(displayName + ": is empty; an export needs a header row and data rows");
        }
        this.header = records.next().getFields();
    }

    public static CsvRecordReader open(Path file, String displayName) throws IOException {
        return open(file, displayName, null);
    }

    /** Opens the export; {@code digest}, when given, sees every byte during the encoding pass. */
    static CsvRecordReader open(Path file, String displayName, MessageDigest digest) throws IOException {
        TextEncoding.Detected encoding;
        try (InputStream in = digest == null ? Files.newInputStream(file)
                : new DigestInputStream(Files.newInputStream(file), digest)) {
            encoding = TextEncoding.detect(in);
            if (digest != null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        char delimiter;
        try (BufferedReader lines = Files.newBufferedReader(file, encoding.charset())) {
            delimiter = sniffDelimiter(lines.readLine());
        } catch (MalformedInputException e) {
            throw new UnusableInputException(displayName + ": cannot be decoded; save it as UTF-8 CSV");
        }
        InputStream in = Files.newInputStream(file);
        if (encoding.bom()) {
            in.skipNBytes(3);
        }
        CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .skipEmptyLines(true)
                .allowUnclosedQuote(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(new InputStreamReader(in, encoding.charset()));
        try {
            return new CsvRecordReader(reader, delimiter, displayName);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The most frequent of ; , and tab in the header line; comma when none. */
    static char sniffDelimiter(String headerLine) {
        if (headerLine == null) {
            return ',';
        }
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            int n = record.getFieldCount();
            String[] fields = new String[n];
            for (int i = 0; i < n; i++) {
                fields[i] = record.getField(i);
            }
            return RawRecord.of(record.getStartingLineNumber(), fields);
        } catch (CsvParseException e) {
            throw new UnusableInputException(displayName + ": cannot be parsed as CSV (" + e.getMessage()
                    + "); check quotes and the delimiter");
        }
    }

    @Override
    public char delimiter() {
        return delimiter;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
