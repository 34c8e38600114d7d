package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.i18n.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of {@code /api/figures/ID}: title, summary, chart spec, column labels and rows.
 *
 * @param id       figure id
 * @param title    title in the request's language
 * @param summary  text summary
 * @param chart    how to draw it
 * @param columns  column names
 * @param labels   column name to header in the request's language
 * @param rows     the data
 * @param stale    the mart that is older than the last data load, or null
 * @param suppressedFlag column marking suppressed cells, or null
 * @param suppressedText how a suppressed cell reads
 * @param codes    a code among the rows (status, category, metric…) to its label in the request's language
 * @param texts    the chart's own texts in the request's language ({@code chart.*} messages: source, quarter, …)
 */
public record FigureJson(String id, String title, String summary, Chart chart, List<String> columns,
                         Map<String, String> labels, List<List<Object>> rows, String stale, String suppressedFlag,
                         String suppressedText, Map<String, String> codes, Map<String, String> texts) {

    /** The texts a chart draws itself, besides its data. */
    private static final List<String> CHART_TEXTS = List.of("chart.source", "chart.blank", "chart.quarter",
            "chart.dependencies", "chart.focus", "chart.interval", "chart.total");

    public static FigureJson of(FigureResult r, Messages m) {
        Map<String, String> labels = new LinkedHashMap<>();
        r.table().columns().forEach(c -> labels.put(c, m.column(c)));
        String series = r.figure().chart().series();
        if (series != null && r.table().indexOf(series) >= 0) {
            r.table().column(series).stream().map(String::valueOf).filter(v -> m.has("col." + v))
                    .forEach(v -> labels.put(v, m.column(v)));
        }
        Map<String, String> codes = new LinkedHashMap<>();
        r.table().rows().forEach(row -> row.forEach(v -> {
            m.code(v).ifPresent(label -> codes.putIfAbsent((String) v, label));
        }));
        Map<String, String> texts = new LinkedHashMap<>();
        CHART_TEXTS.forEach(k -> texts.put(k.substring("chart.".length()), m.get(k)));
        return new FigureJson(r.figure().id(), m.get("fig." + r.figure().id() + ".title"), r.summary(), r.figure().chart(),
                r.table().columns(), labels, r.table().rows(), r.problem().map(p -> p.mart()).orElse(null),
                r.figure().suppressedFlag(), m.get("survey.suppressed"), codes, texts);
    }
}
