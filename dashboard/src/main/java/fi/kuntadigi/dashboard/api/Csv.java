package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.data.Table;
import java.util.List;
import java.util.stream.Collectors;

/** A table as RFC 4180 CSV with a header line; cells that a spreadsheet would run as formulas are quoted harmless. */
public final class Csv {

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
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
