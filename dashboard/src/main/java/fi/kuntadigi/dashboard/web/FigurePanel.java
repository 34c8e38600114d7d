package fi.kuntadigi.dashboard.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.iff;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.text;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Freshness;
import fi.kuntadigi.dashboard.warehouse.Table;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One figure on a page: heading, text summary, the chart (drawn by the script from the API),
 * CSV and PNG actions, and the same data as an accessible table.
 */
public final class FigurePanel {

    private FigurePanel() {
    }

    public static DomContent render(Page page, FigureResult result) {
        return render(page, result, List.of());
    }

    /** @param notes sentences shown under the description, e.g. which of the page's filters the figure does not read */
    public static DomContent render(Page page, FigureResult result, List<String> notes) {
        Messages m = page.messages();
        String id = result.figure().id().replace('.', '-');
        String title = m.get("fig." + result.figure().id() + ".title");
        String api = "/api/figures/" + result.figure().id() + page.filters().queryString();
        List<DomContent> parts = new ArrayList<>();
        parts.add(h2(title).withId(id + "-h"));
        if (m.has("fig." + result.figure().id() + ".desc")) {
            parts.add(p(m.get("fig." + result.figure().id() + ".desc")).withClass("desc"));
        }
        notes.forEach(note -> parts.add(p(note).withClass("desc filter-note")));
        result.problem().ifPresent(problem -> parts.add(notice(problem, m)));
        if (!result.missing()) {
            parts.add(p(strong(m.get("summary.label") + " "), text(result.summary()))
                    .withClass("summary").withId(id + "-s"));
            if (result.figure().chart().drawn() && !result.table().isEmpty()) {
                parts.add(div().withId("chart-" + id).withClass("chart " + result.figure().chart().type().name().toLowerCase())
                        .attr("data-src", api).attr("role", "img").attr("aria-label", title)
                        .attr("aria-describedby", id + "-s").attr("data-echarts", Assets.ECHARTS)
                        .attr("data-echarts-locale", Assets.echartsLocale(m.lang().code()).orElse(null))
                        .attr("data-locale", m.lang().locale().toLanguageTag()));
            }
            parts.add(p(a(m.get("action.csv")).withHref("/api/figures/" + result.figure().id() + "/csv"
                                    + page.filters().queryString()).attr("download", result.figure().id() + ".csv"),
                    a(m.get("action.xlsx")).withHref("/api/figures/" + result.figure().id() + "/xlsx"
                            + page.filters().queryString()).attr("download", result.figure().id() + ".xlsx"),
                    iff(result.figure().chart().drawn() && !result.table().isEmpty(),
                            button(m.get("action.png")).withType("button").withClass("png").attr("data-chart", "chart-" + id)))
                    .withClass("actions"));
            parts.add(dataTable(result, title, id, m));
        }
        return section(each(parts.stream())).withClass("figure").attr("aria-labelledby", id + "-h");
    }

    private static DomContent notice(Freshness.Problem problem, Messages m) {
        String key = problem.kind() == Freshness.Kind.MISSING ? "notice.missing" : "notice.stale";
        return div(p(m.format(key, problem.mart())), p(text(m.get("notice.fix") + " "),
                code("bin/kuntadigi analyze"))).withClass("notice").attr("role", "status");
    }

    /** Columns that only machines read (the what-if form's keys): never shown to people. */
    private static final Set<String> MACHINE_COLUMNS = Set.of("indicator_id");

    /** A run's id: shown as the link to its run page, as in the run history. */
    private static final String RUN_COLUMN = "run_id";

    /** The figure's data as an accessible table (suppressed cells say so), e.g. for a printed appendix. */
    public static DomContent dataTable(FigureResult result, String title, String id, Messages m) {
        Table t = result.table();
        Set<String> hidden = new HashSet<>(MACHINE_COLUMNS);
        Optional.ofNullable(result.figure().suppressedFlag()).ifPresent(hidden::add);
        Optional.ofNullable(result.figure().chart().total()).ifPresent(hidden::add);
        int flagIndex = result.figure().suppressedFlag() == null ? -1 : t.indexOf(result.figure().suppressedFlag());
        int totalIndex = result.figure().chart().total() == null ? -1 : t.indexOf(result.figure().chart().total());
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            if (!hidden.contains(t.columns().get(i))) {
                shown.add(i);
            }
        }
        int[] digits = new int[t.columns().size()];
        shown.forEach(i -> digits[i] = Format.fractionDigits(t.column(t.columns().get(i))));
        return div(table(caption(m.format("table.caption", title)),
                thead(tr(each(shown.stream().map(i -> th(m.column(t.columns().get(i))).attr("scope", "col"))))),
                tbody(each(t.rows().stream().map(row -> {
                    boolean suppressed = flagIndex >= 0 && Boolean.TRUE.equals(row.get(flagIndex));
                    var tr = tr(each(shown.stream().map(i -> cell(t.columns().get(i), row.get(i), digits[i], i == shown.get(0),
                            suppressed, m))));
                    return totalIndex >= 0 && Boolean.TRUE.equals(row.get(totalIndex)) ? tr.withClass("total") : tr;
                })))))
                .withClass("table-wrap").attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", m.format("table.caption", title));
    }

    private static DomContent cell(String column, Object value, int digits, boolean rowHeader, boolean suppressed, Messages m) {
        String text = suppressed && value == null ? m.get("survey.suppressed")
                : m.code(value).orElseGet(() -> Format.cell(column, value, m.lang(), digits));
        DomContent content = RUN_COLUMN.equals(column) && value instanceof String run
                ? a(run).withHref("/data/runs/" + run + "?lang=" + m.lang().code()) : text(text);
        if (rowHeader) {
            return th(content).attr("scope", "row");
        }
        return value instanceof Number ? td(content).withClass("num") : td(content);
    }
}
