package fi.kuntadigi.notebooks;

import java.util.ArrayList;
import java.util.List;
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

    /** The ECharts option object as JSON. */
    String optionJson() {
        StringBuilder s = new StringBuilder("{\"animation\":false,\"title\":{\"text\":").append(Json.string(title))
                .append("},\"tooltip\":{\"trigger\":\"axis\"},\"legend\":{\"top\":28},\"grid\":{\"top\":70,\"containLabel\":true},")
                .append("\"xAxis\":{\"type\":\"category\",\"axisLabel\":{\"rotate\":30},\"data\":")
                .append(Json.strings(categories)).append("},\"yAxis\":{\"type\":\"value\"},\"series\":[");
        for (int i = 0; i < series.size(); i++) {
            Series se = series.get(i);
            s.append(i == 0 ? "" : ",").append("{\"name\":").append(Json.string(se.name()))
                    .append(",\"type\":").append(Json.string(type)).append(",\"data\":").append(Json.numbers(se.values()))
                    .append('}');
        }
        return s.append("]}").toString();
    }
}
