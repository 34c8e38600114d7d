package fi.kuntadigi.dashboard.figures;

import java.util.List;

/**
 * How the browser draws a figure's table with ECharts.
 *
 * @param type   chart kind
 * @param x      category column (longitude for a map, label for a timeline)
 * @param y      value columns (a heat map: row category then value; a timeline: start, end quarter;
 *               a range: low, point, high)
 * @param series column whose values become separate series (long format), or null
 */
public record Chart(Type type, String x, List<String> y, String series) {

    public Chart {
        y = List.copyOf(y);
    }

    /** Chart kinds the dashboard's script knows. */
    public enum Type { BAR, HBAR, STACKED, LINE, HEATMAP, SCATTER, TIMELINE, RANGE, NONE }

    public static Chart of(Type type, String x, String... y) {
        return new Chart(type, x, List.of(y), null);
    }

    public static Chart none() {
        return new Chart(Type.NONE, null, List.of(), null);
    }

    public Chart bySeries(String column) {
        return new Chart(type, x, y, column);
    }

    public boolean drawn() {
        return type != Type.NONE;
    }
}
