package fi.kuntadigi.dashboard.figures;

import java.util.List;

/**
 * How the browser draws a figure's table with ECharts.
 *
 * @param type     chart kind
 * @param x        category column (longitude for a map, label for a timeline)
 * @param y        value columns (a heat map: row category then value; a timeline: start, end quarter;
 *                 a range: low, point, high)
 * @param series   column whose values become separate series (long format), or null
 * @param total    boolean column marking the row that is the total of the others: it stays in the
 *                 table and the summary but is never drawn as one of the categories; or null
 * @param interval low and high columns of the first value's confidence interval, drawn as error bars; empty when none
 */
public record Chart(Type type, String x, List<String> y, String series, String total, List<String> interval) {

    public Chart {
        y = List.copyOf(y);
        interval = List.copyOf(interval);
    }

    /** Chart kinds the dashboard's script knows. */
    public enum Type { BAR, HBAR, STACKED, LINE, HEATMAP, SCATTER, TIMELINE, RANGE, NONE }

    public static Chart of(Type type, String x, String... y) {
        return new Chart(type, x, List.of(y), null, null, List.of());
    }

    public static Chart none() {
        return new Chart(Type.NONE, null, List.of(), null, null, List.of());
    }

    public Chart bySeries(String column) {
        return new Chart(type, x, y, column, total, interval);
    }

    /** The same chart, with the row flagged by {@code column} kept out of the drawing (it is the total). */
    public Chart totalIn(String column) {
        return new Chart(type, x, y, series, column, interval);
    }

    /** The same chart, with the interval from column {@code low} to {@code high} around each value. */
    public Chart withInterval(String low, String high) {
        return new Chart(type, x, y, series, total, List.of(low, high));
    }

    public boolean drawn() {
        return type != Type.NONE;
    }
}
