package fi.kuntadigi.notebooks;

import fi.kuntadigi.operations.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * One ECharts chart: a title, a type ({@code bar}, {@code line} or {@code scatter}), category labels
 * and named numeric series of the same length.
 */
public record Chart(String title, String type, List<String> categories, List<Series> series) {

    /** One named series of values; null is a missing value. */
    public record Series(String name, List<Double> values) {
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }

    /** A chart of {@code valueColumns} of the table against its {@code categoryColumn}. */
    public static Chart of(String title, String type, Table table, String categoryColumn, String... valueColumns) {
        List<String> cats = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            cats.add(table.column(categoryColumn).getString(r));
        }
        List<Series> series = new ArrayList<>();
        for (String col : valueColumns) {
            List<Double> values = new ArrayList<>();
            for (int r = 0; r < table.rowCount(); r++) {
                Object v = table.column(col).get(r);
                values.add(v instanceof Number n ? n.doubleValue() : null);
            }
            series.add(new Series(col, values));
        }
        return new Chart(title, type, cats, series);
    }

    /**
     * The ECharts option object as JSON, safe inside a {@code <script>}: every {@code <} is written
     * {@code \\u003c}, which JSON only allows inside strings. A missing or NaN value is {@code null}.
     */
    String optionJson() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("title", Map.of("text", title));
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 28));
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("top", 70);
        grid.put("containLabel", true);
        option.put("grid", grid);
        Map<String, Object> xAxis = new LinkedHashMap<>();
        xAxis.put("type", "category");
        xAxis.put("axisLabel", Map.of("rotate", 30));
        xAxis.put("data", categories.stream().map(c -> c == null ? "" : c).toList());
        option.put("xAxis", xAxis);
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series.stream().map(se -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", se.name());
            s.put("type", type);
            s.put("data", se.values().stream().map(v -> v == null || v.isNaN() ? null : v).toList());
            return s;
        }).toList());
        return Json.line(option).replace("<", "\\u003c");
    }
}
