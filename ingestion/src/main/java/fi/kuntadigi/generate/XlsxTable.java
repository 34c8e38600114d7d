package fi.kuntadigi.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A one-sheet XLSX file written with a streaming POI workbook. The file is byte-for-byte reproducible:
 * the document's creation time and every ZIP entry time are fixed, whatever the clock or time zone.
 */
final class XlsxTable implements AutoCloseable {

    /** The fixed time stamped into the workbook: the day the project's final report was signed. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2021, 11, 30, 0, 0);

    private final Path file;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(1000);
    private final SXSSFSheet sheet;
    private int nextRow;

    private XlsxTable(Path file, String sheetName) {
        this.file = file;
        this.sheet = workbook.createSheet(sheetName);
    }

    /** Starts {@code file} with one sheet and the header row. */
    static XlsxTable create(Path file, String sheetName, List<String> header) {
        XlsxTable table = new XlsxTable(file, sheetName);
        table.row(header.toArray());
        return table;
    }

    /** Appends a row; a value is text, a number or null (an empty cell). */
    void row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }

    @Override
    public void close() {
        try {
            workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC))));
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(file.getParent(), ".draft", ".xlsx");
            try {
                try (OutputStream out = Files.newOutputStream(draft)) {
                    workbook.write(out);
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    restampZip(draft, out);
                }
            } finally {
                Files.deleteIfExists(draft);
                workbook.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a ZIP archive entry by entry, in order, giving every entry the fixed time. */
    private static void restampZip(Path zip, OutputStream target) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream out = new ZipOutputStream(target)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTimeLocal(FIXED_TIME);
                out.putNextEntry(copy);
                try (InputStream data = in.getInputStream(entry)) {
                    data.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }
}
