package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV with a header line ({@link CsvDialect}: RFC 4180 or as Finnish Excel reads it). A text cell a
 * spreadsheet would run as a formula gets a leading apostrophe (OWASP CSV injection): one starting with
 * {@code = + - @}, a tab, a carriage return, a line feed or NUL, or their full-width forms.
 */
public final class Csv {

    /** Characters that start a formula, or that a spreadsheet skips before one. */
    static final String FORMULA_START = "=+-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
    }

    public static String of(Table table) {
        return of(table.columns(), table.rows(), CsvDialect.PLAIN);
    }

    /** The header and rows in the given dialect (with its byte-order mark, if it has one). */
    public static String of(List<String> header, List<List<Object>> rows, CsvDialect dialect) {
        StringBuilder out = new StringBuilder(dialect.bom() ? "\uFEFF" : "");
        line(out, header, dialect);
        rows.forEach(r -> line(out, r, dialect));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells, CsvDialect dialect) {
        out.append(cells.stream().map(c -> cell(c, dialect)).collect(Collectors.joining(String.valueOf(dialect.separator()))))
                .append("\r\n");
    }

    private static String cell(Object value, CsvDialect dialect) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Number n ? dialect.number(n) : value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(dialect.separator()) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
