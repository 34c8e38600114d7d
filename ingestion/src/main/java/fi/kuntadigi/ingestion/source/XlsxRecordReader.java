package fi.kuntadigi.ingestion.source;

import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX export (Webropol, assessment tools) with Apache POI.
 * Cells become text the same way CSV fields are: whole numbers without ".0", dates as ISO.
 */
public final class XlsxRecordReader implements RecordReader {

    private final OPCPackage pkg;
    private final XSSFWorkbook workbook;
    private final Iterator<Row> rows;
    private final List<String> header;

    private XlsxRecordReader(OPCPackage pkg, XSSFWorkbook workbook, String displayName) {
        this.pkg = pkg;
        this.workbook = workbook;
        if (workbook.getNumberOfSheets() == 0) {
            throw new UnusableInputException(displayName + ": the workbook has no sheets; put the data on the first sheet");
        }
        Sheet sheet = workbook.getSheetAt(0);
        this.rows = sheet.rowIterator();
        if (!rows.hasNext()) {
            throw new UnusableInputException(displayName + ": the first sheet is empty; it needs a header row and data rows");
        }
        this.header = List.of(cells(rows.next()));
    }

    public static XlsxRecordReader open(Path file, String displayName) throws IOException {
        try {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return new XlsxRecordReader(pkg, new XSSFWorkbook(pkg), displayName);
            } catch (RuntimeException e) {
                pkg.revert();
                throw e;
            }
        } catch (InvalidFormatException | UnsupportedFileFormatException e) {
            throw new UnusableInputException(displayName + ": is not a valid XLSX workbook (" + e.getMessage()
                    + "); save it again as .xlsx or CSV");
        }
    }

    private static String[] cells(Row row) {
        int last = Math.max(row.getLastCellNum(), 0);
        String[] values = new String[last];
        for (int i = 0; i < last; i++) {
            values[i] = text(row.getCell(i));
        }
        return values;
    }

    /** A sheet row ends at its last non-empty cell; blank cells up to the header's width are empty fields. */
    private static String[] padded(String[] values, int width) {
        if (values.length >= width) {
            return values;
        }
        String[] padded = Arrays.copyOf(values, width);
        Arrays.fill(padded, values.length, width, "");
        return padded;
    }

    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> numeric(cell);
            default -> "";
        };
    }

    private static String numeric(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            LocalDateTime t = cell.getLocalDateTimeCellValue();
            return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString().replace('T', ' ');
        }
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public RawRecord next() {
        while (rows.hasNext()) {
            Row row = rows.next();
            String[] values = padded(cells(row), header.size());
            boolean empty = true;
            for (String v : values) {
                if (!v.isBlank()) {
                    empty = false;
                    break;
                }
            }
            if (!empty) {
                return RawRecord.of(row.getRowNum() + 1L, values);
            }
        }
        return null;
    }

    @Override
    public char delimiter() {
        return ';';
    }

    @Override
    public void close() {
        pkg.revert();
    }

}
