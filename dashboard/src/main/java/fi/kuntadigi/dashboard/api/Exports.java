package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A figure's table as people download it: CSV in the page's {@link CsvDialect} (for Finnish and
 * Swedish pages with the headers and codes in the page's language) and XLSX, whose numbers are
 * numeric cells with a number format, so that a spreadsheet sums and sorts them.
 */
public final class Exports {

    /** The media type of an XLSX workbook. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Widest column, in characters. */
    private static final int MAX_WIDTH = 60;

    private Exports() {
    }

    public static String csv(FigureResult r, Messages m) {
        CsvDialect dialect = CsvDialect.of(m.lang());
        Table t = exported(r);
        if (!dialect.readable()) {
            return Csv.of(t.columns(), t.rows(), dialect);
        }
        return Csv.of(headers(t, m), readable(t, m), dialect);
    }

    public static byte[] xlsx(FigureResult r, Messages m) {
        Table t = exported(r);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            String title = m.get("fig." + r.figure().id() + ".title");
            book.getProperties().getCoreProperties().setTitle(title);
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(title));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle whole = book.createCellStyle();
            whole.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0##"));
            List<String> headers = headers(t, m);
            int[] width = new int[headers.size()];
            Row first = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                width[c] = headers.get(c).length();
            }
            List<List<Object>> rows = readable(t, m);
            for (int r2 = 0; r2 < rows.size(); r2++) {
                Row row = sheet.createRow(r2 + 1);
                List<Object> values = rows.get(r2);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
                        boolean integral = !(n instanceof Double || n instanceof Float || n instanceof BigDecimal);
                        boolean plain = integral && (t.columns().get(c).equals("year") || t.columns().get(c).endsWith("_year"));
                        if (!plain) {
                            cell.setCellStyle(integral ? whole : decimal);
                        }
                        width[c] = Math.max(width[c], 12);
                    } else {
                        cell.setCellValue(v.toString());
                        width[c] = Math.max(width[c], v.toString().length());
                    }
                }
            }
            for (int c = 0; c < width.length; c++) {
                sheet.setColumnWidth(c, (Math.min(width[c], MAX_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the XLSX workbook", e);
        }
    }

    /** Column headers in the page's language. */
    /** The figure's table without the chart's total flag (a drawing instruction, not data: the total row stays). */
    private static Table exported(FigureResult r) {
        Table t = r.table();
        int flag = r.figure().chart().total() == null ? -1 : t.indexOf(r.figure().chart().total());
        if (flag < 0) {
            return t;
        }
        List<String> columns = new ArrayList<>(t.columns());
        columns.remove(flag);
        return new Table(columns, t.rows().stream().map(row -> {
            List<Object> copy = new ArrayList<>(row);
            copy.remove(flag);
            return (List<Object>) copy;
        }).toList());
    }

    private static List<String> headers(Table t, Messages m) {
        return t.columns().stream().map(m::column).toList();
    }

    /** Rows with codes and yes/no in the page's language; numbers stay numbers. */
    private static List<List<Object>> readable(Table t, Messages m) {
        List<List<Object>> rows = new ArrayList<>(t.rows().size());
        for (List<Object> row : t.rows()) {
            List<Object> out = new ArrayList<>(row.size());
            for (Object v : row) {
                Optional<String> label = m.code(v);
                if (label.isPresent()) {
                    out.add(label.get());
                } else if (v instanceof Boolean) {
                    out.add(Format.value(v, m.lang()));
                } else {
                    out.add(v);
                }
            }
            rows.add(out);
        }
        return rows;
    }
}
