package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.data.Table;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as RFC 4180 CSV with a header line. A text cell a spreadsheet would run as a formula
 * gets a leading apostrophe (OWASP CSV injection): one starting with {@code = + - @}, a tab, a
 * carriage return, a line feed or NUL, or their full-width forms.
 */
public final class Csv {

    /** Characters that start a formula, or that a spreadsheet skips before one. */
    static final String FORMULA_START = "=+-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20";

    private Csv() {
    }

    public static String of(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.columns());
        table.rows().forEach(r -> line(out, r));
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        out.append(cells.stream().map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && FORMULA_START.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
