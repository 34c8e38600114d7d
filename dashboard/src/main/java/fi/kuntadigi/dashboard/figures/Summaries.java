package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The text summary that stands beside every chart: what is largest and smallest, how many
 * values are suppressed, so that a reader who cannot see the chart gets its message.
 */
public final class Summaries {

    private Summaries() {
    }

    public static String of(Figure figure, Table table, Messages m) {
        if (table.isEmpty()) {
            return m.get("summary.empty");
        }
        Optional<String> own = figure.source().summary(table, m);
        if (own.isPresent()) {
            return own.get();
        }
        Chart chart = figure.chart();
        if (!chart.drawn() || chart.y().isEmpty()) {
            return m.format("summary.rows", table.rows().size());
        }
        if (chart.type() == Chart.Type.RANGE) {
            return range(table, chart, m);
        }
        String valueColumn = chart.type() == Chart.Type.HEATMAP ? chart.y().get(1)
                : chart.type() == Chart.Type.SCATTER || chart.type() == Chart.Type.TIMELINE ? null : chart.y().get(0);
        StringBuilder s = new StringBuilder();
        if (valueColumn == null) {
            s.append(m.format("summary.points", table.rows().size()));
        } else {
            s.append(extremes(table, chart, valueColumn, m));
        }
        if (chart.total() != null) {
            total(table, chart, m).ifPresent(t -> s.append(' ').append(t));
        }
        if (figure.suppressedFlag() != null) {
            long suppressed = table.column(figure.suppressedFlag()).stream().filter(Boolean.TRUE::equals).count();
            if (suppressed > 0) {
                s.append(' ').append(m.format("summary.suppressed", suppressed));
            }
        }
        return s.toString();
    }

    private static String extremes(Table table, Chart chart, String valueColumn, Messages m) {
        int value = table.indexOf(valueColumn);
        int total = chart.total() == null ? -1 : table.indexOf(chart.total());
        List<List<Object>> rows = table.rows().stream()
                .filter(r -> r.get(value) instanceof Number && (total < 0 || !Boolean.TRUE.equals(r.get(total)))).toList();
        if (rows.isEmpty()) {
            return m.get("summary.empty");
        }
        List<Object> max = rows.stream().max((a, b) -> Double.compare(num(a, value), num(b, value))).orElseThrow();
        List<Object> min = rows.stream().min((a, b) -> Double.compare(num(a, value), num(b, value))).orElseThrow();
        Labelled column = Labelled.of(m.column(valueColumn));
        if (rows.size() == 1) {
            return m.format("summary.single", column.name(), label(table, chart, m, max), column.value(Format.value(max.get(value), m.lang())));
        }
        if (num(max, value) == num(min, value)) {
            return m.format("summary.equal", column.name(), column.value(Format.value(max.get(value), m.lang())), rows.size());
        }
        return m.format("summary.extremes", column.name(), label(table, chart, m, max), column.value(Format.value(max.get(value), m.lang())),
                label(table, chart, m, min), column.value(Format.value(min.get(value), m.lang())), rows.size());
    }

    /** The total row, which the chart leaves out: its values, e.g. "Yhteensä: Talousarvio 155 000 €, Toteuma 124 970 €." */
    private static Optional<String> total(Table table, Chart chart, Messages m) {
        int flag = table.indexOf(chart.total());
        return table.rows().stream().filter(r -> Boolean.TRUE.equals(r.get(flag))).findFirst().map(row -> m.format("summary.total",
                chart.y().stream().map(c -> Labelled.of(m.column(c)).named(Format.value(row.get(table.indexOf(c)), m.lang())))
                        .collect(Collectors.joining(", "))));
    }

    /** A column's label split into its name and its unit ("Talousarvio €" → "Talousarvio", " €"; "Bruttosäästö €/v"), so numbers carry the unit after them. */
    private record Labelled(String name, String unit) {
        static Labelled of(String column) {
            for (String unit : List.of(" €/v", " €/år", " €/yr", " €", " %")) {
                if (column.endsWith(unit)) {
                    return new Labelled(column.substring(0, column.length() - unit.length()), unit.replace(' ', '\u00a0'));
                }
            }
            return new Labelled(column, "");
        }

        String value(String number) {
            return number + unit;
        }

        /** The value after the column's name, its unit after the number: "Talousarvio 155 000 €". */
        String named(String number) {
            return name + " " + value(number);
        }
    }

    /** Ranges (e.g. rank intervals): the narrowest and the widest, with their ends. */
    private static String range(Table table, Chart chart, Messages m) {
        int low = table.indexOf(chart.y().get(0));
        int high = table.indexOf(chart.y().get(2));
        List<List<Object>> rows = table.rows().stream()
                .filter(r -> r.get(low) instanceof Number && r.get(high) instanceof Number).toList();
        if (rows.isEmpty()) {
            return m.get("summary.empty");
        }
        Comparator<List<Object>> width = Comparator.comparingDouble(r -> num(r, high) - num(r, low));
        List<Object> narrowest = rows.stream().min(width).orElseThrow();
        List<Object> widest = rows.stream().max(width).orElseThrow();
        if (rows.size() == 1) {
            return m.format("summary.range.single", label(table, chart, m, narrowest), Format.value(narrowest.get(low), m.lang()),
                    Format.value(narrowest.get(high), m.lang()));
        }
        if (width.compare(narrowest, widest) == 0) {
            return m.format("summary.range.equal", label(table, chart, m, narrowest), Format.value(narrowest.get(low), m.lang()),
                    Format.value(narrowest.get(high), m.lang()), rows.size());
        }
        return m.format("summary.range", label(table, chart, m, narrowest), Format.value(narrowest.get(low), m.lang()),
                Format.value(narrowest.get(high), m.lang()), label(table, chart, m, widest), Format.value(widest.get(low), m.lang()),
                Format.value(widest.get(high), m.lang()), table.rows().size());
    }

    private static String label(Table table, Chart chart, Messages m, List<Object> row) {
        String label = readable(chart.x(), row.get(table.indexOf(chart.x())), m);
        if (chart.series() != null) {
            label += " (" + readable(chart.series(), row.get(table.indexOf(chart.series())), m) + ")";
        } else if (chart.type() == Chart.Type.HEATMAP) {
            label = readable(chart.y().get(0), row.get(table.indexOf(chart.y().get(0))), m) + " – " + label;
        }
        return label;
    }

    /** A value as a person reads it: a code by its label ({@code code.*}), a time or quarter written out, a number formatted. */
    private static String readable(String column, Object value, Messages m) {
        return m.code(value).orElseGet(() -> Format.cell(column, value, m.lang()));
    }

    private static double num(List<Object> row, int i) {
        return ((Number) row.get(i)).doubleValue();
    }
}
