package fi.kuntadigi.dashboard.operations;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.code;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.select;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.web.Page;
import j2html.tags.DomContent;
import j2html.tags.specialized.SelectTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The operations parts of the pages: run history, start-a-run and upload forms, waiting uploads, run progress. */
final class OperationsHtml {

    static final String SCRIPT = "/assets/js/operations.js";

    private OperationsHtml() {
    }

    /** A table with a caption, column headers and the first cell of each row as its header. */
    static DomContent dataTable(Messages m, String id, String captionText, List<String> columns, List<List<Object>> rows) {
        return div(table(caption(captionText),
                thead(tr(each(columns.stream().map(c -> th(m.get("ops.col." + c)).attr("scope", "col"))))),
                tbody(each(rows.stream().map(row -> {
                    List<DomContent> cells = new ArrayList<>();
                    for (int i = 0; i < row.size(); i++) {
                        Object v = row.get(i);
                        if (v instanceof DomContent content) {
                            cells.add(i == 0 ? th(content).attr("scope", "row") : td(content));
                            continue;
                        }
                        String text = v instanceof Number && columns.get(i).equals("line") ? v.toString()
                                : Format.cell(columns.get(i), v, m.lang());
                        if (i == 0) {
                            cells.add(th(text).attr("scope", "row"));
                        } else {
                            cells.add(v instanceof Number ? td(text).withClass("num") : td(text));
                        }
                    }
                    return tr(each(cells.stream()));
                }))))).withClass("table-wrap").withId(id).attr("tabindex", "0").attr("role", "region")
                .attr("aria-label", captionText);
    }

    /** A job's name as people read it ({@code ingest} → "aineistojen lataus"); a job of the schedule's own naming as it is. */
    static String job(Messages m, String job) {
        return m.code(job).orElse(job);
    }

    static String outcome(Messages m, String outcome) {
        return outcome == null ? "–" : m.has("ops.outcome." + outcome) ? m.get("ops.outcome." + outcome) : outcome;
    }

    static String exitMeaning(Messages m, Integer code) {
        return code == null ? "" : m.has("ops.exit." + code) ? m.get("ops.exit." + code) : m.get("ops.exit.other");
    }

    /** The history of runs, newest first: each run id linked to its page, times in Finnish time in the page's language. */
    static DomContent history(Page page, List<RunFiles.Row> rows) {
        Messages m = page.messages();
        List<DomContent> parts = new ArrayList<>();
        parts.add(h2(m.get("ops.history.title")).withId("ops-history-h"));
        parts.add(p(m.get("ops.history.intro")).withClass("desc"));
        if (rows.isEmpty()) {
            parts.add(p(m.get("ops.history.empty")).withId("ops-history-empty"));
        } else {
            List<List<Object>> cells = rows.stream().map(r -> Arrays.<Object>asList(
                    r.runId() == null ? "–" : a(r.runId()).withHref(page.plainLink("/data/runs/" + r.runId())), job(m, r.job()),
                    Times.moment(r.startedAt(), m.lang()), Times.moment(r.finishedAt(), m.lang()),
                    outcome(m, r.outcome()), r.exitCode() < 0 ? "–" : (Object) r.exitCode(), nz(r.rowsRead()),
                    nz(r.rowsPublished()), nz(r.rowsQuarantined()), r.error() == null ? "" : r.error())).toList();
            parts.add(dataTable(m, "ops-history", m.get("ops.history.title"), List.of("run_id", "job", "started_at", "finished_at",
                    "status", "exit_code", "rows_read", "rows_published", "rows_quarantined", "error"), cells));
            parts.add(p(a(m.get("ops.history.api")).withHref("/api/runs/history")));
        }
        return section(each(parts.stream())).withClass("figure").attr("aria-labelledby", "ops-history-h");
    }

    private static Object nz(Long v) {
        return v == null ? "–" : (Object) v;
    }

    /** The start-a-run form (POST with the session's CSRF token). */
    static DomContent startForm(Page page, OperationsSettings settings) {
        Messages m = page.messages();
        List<DomContent> parts = new ArrayList<>();
        parts.add(h2(m.get("ops.start.title")).withId("ops-start-h"));
        parts.add(p(m.get("ops.start.help")).withClass("desc"));
        if (!settings.canLaunch()) {
            parts.add(p(m.get("ops.start.unavailable")).withClass("notice").attr("role", "status"));
        } else {
            SelectTag choice = select(each(List.of("ingest", "analyze", "both").stream()
                    .map(c -> option(m.get("ops.start." + c)).withValue(c)))).withId("ops-job").withName("job");
            parts.add(form(div(label(m.get("ops.start.job")).attr("for", "ops-job"), choice).withClass("field"),
                    hidden("_csrf", page.session().csrfToken()),
                    button(m.get("ops.start.button")).withType("submit"))
                    .withMethod("post").withAction(page.plainLink("/data/runs")).withClass("filters").withId("ops-start"));
        }
        return section(each(parts.stream())).withClass("figure").attr("aria-labelledby", "ops-start-h");
    }

    /** The upload form (multipart POST with the session's CSRF token). */
    static DomContent uploadForm(Page page, OperationsSettings settings) {
        Messages m = page.messages();
        SelectTag datasets = select().withId("ops-dataset").withName("dataset");
        for (DatasetSchema d : Datasets.all()) {
            datasets.with(option(m.has("dataset." + d.name()) ? m.get("dataset." + d.name()) : d.name()).withValue(d.name()));
        }
        return section(h2(m.get("ops.upload.title")).withId("ops-upload-h"),
                p(m.format("ops.upload.help", settings.maxUploadBytes() >> 20)).withClass("desc"),
                form(hidden("_csrf", page.session().csrfToken()),
                        div(label(m.get("ops.upload.dataset")).attr("for", "ops-dataset"), datasets).withClass("field"),
                        div(label(m.get("ops.upload.file")).attr("for", "ops-file"),
                                input().withType("file").withId("ops-file").withName("export").isRequired()
                                        .attr("accept", ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                                .withClass("field"),
                        button(m.get("ops.upload.button")).withType("submit"))
                        .withMethod("post").withAction(page.plainLink("/data/uploads")).attr("enctype", "multipart/form-data")
                        .withClass("filters").withId("ops-upload"))
                .withClass("figure").attr("aria-labelledby", "ops-upload-h");
    }

    /** Exports waiting in the inbox for the next run: dataset and the name it was sent under, linked to its dry run. */
    static DomContent waiting(Page page, List<Uploads.Waiting> files, Uploads uploads) {
        Messages m = page.messages();
        List<DomContent> items = new ArrayList<>();
        files.forEach(w -> items.add(li(a(m.format("ops.waiting.item", uploads.label(m, w.upload().dataset()), w.originalName()))
                .withHref(page.plainLink("/data/uploads/" + w.upload().path())))));
        return section(h2(m.get("ops.waiting.title")).withId("ops-waiting-h"),
                items.isEmpty() ? p(m.get("ops.waiting.none")) : ul(each(items.stream())))
                .withClass("figure").attr("aria-labelledby", "ops-waiting-h");
    }

    /** The start form under a dry run: names the upload, and says when the run would publish nothing of it. */
    static DomContent startFromUpload(Page page, OperationsSettings settings, String upload, boolean publishesNothing) {
        Messages m = page.messages();
        List<DomContent> parts = new ArrayList<>();
        parts.add(h2(m.get("ops.start.title")).withId("ops-start-h"));
        if (!settings.canLaunch()) {
            parts.add(p(m.get("ops.start.unavailable")).withClass("notice").attr("role", "status"));
        } else {
            if (publishesNothing) {
                parts.add(p(m.get("ops.start.nothing")).withClass("notice").withId("ops-start-nothing"));
            }
            parts.add(form(hidden("_csrf", page.session().csrfToken()), hidden("job", "ingest"), hidden("upload", upload),
                    button(m.get(publishesNothing ? "ops.start.check" : "ops.start.ingest_now")).withType("submit"))
                    .withMethod("post").withAction(page.plainLink("/data/runs")).withClass("filters").withId("ops-start"));
        }
        return section(each(parts.stream())).withClass("figure").attr("aria-labelledby", "ops-start-h");
    }

    /** The analyst's explicit yes to a run that would publish nothing of the upload. */
    static DomContent confirmForm(Page page, String job, String upload) {
        Messages m = page.messages();
        return form(hidden("_csrf", page.session().csrfToken()), hidden("job", job), hidden("upload", upload),
                hidden("confirm", "yes"), button(m.get("ops.confirm.button")).withType("submit"))
                .withMethod("post").withAction(page.plainLink("/data/runs")).withClass("filters").withId("ops-confirm-form");
    }

    static DomContent schedulerNotice(Page page, List<String> jobs) {
        return p(page.messages().format("ops.scheduler.on", String.join(", ", jobs))).withClass("notice").attr("role", "status");
    }

    private static DomContent hidden(String name, String value) {
        return input().withType("hidden").withName(name).withValue(value);
    }

    /** A step of a run as shown on its progress page. */
    record StepView(String job, String runId, String state, Integer exitCode, String problem, List<JsonNode> events) {
    }

    /** The progress of a run: one part per step with its state, exit status and log lines. */
    static DomContent progress(Page page, String id, List<StepView> steps, boolean done) {
        Messages m = page.messages();
        List<DomContent> parts = new ArrayList<>();
        for (StepView s : steps) {
            parts.add(h2(m.format("ops.run.step", job(m, s.job()), s.runId() == null ? "–" : s.runId())));
            parts.add(p(m.get("ops.run.state." + s.state())).withClass("summary"));
            if (s.exitCode() != null) {
                parts.add(p(m.format("ops.run.exit", String.valueOf(s.exitCode()), exitMeaning(m, s.exitCode()))));
            }
            if (s.problem() != null) {
                parts.add(p(m.format("ops.run.problem", s.problem())).withClass("error"));
            }
            if (s.events().isEmpty()) {
                parts.add(p(m.get("ops.run.log.empty")));
            } else {
                List<List<Object>> rows = s.events().stream().map(e -> Arrays.<Object>asList(Times.moment(text(e, "ts"), m.lang()),
                        text(e, "event"), details(e))).toList();
                parts.add(dataTable(m, "log-" + s.job(), m.format("ops.run.log", job(m, s.job())), List.of("ts", "event", "details"), rows));
            }
        }
        return div(each(parts.stream())).withId("run-progress").attr("data-done", String.valueOf(done))
                .attr("data-status", status(m, steps, done));
    }

    /** One sentence for the live region: what the run is doing now, or how it ended. */
    static String status(Messages m, List<StepView> steps, boolean done) {
        for (StepView s : steps) {
            if (s.state().equals(ManualRuns.RUNNING)) {
                return m.format("ops.run.now", job(m, s.job()));
            }
        }
        if (!done) {
            return m.get("ops.run.starting");
        }
        StepView last = steps.stream().filter(s -> s.exitCode() != null).reduce((a, b) -> b).orElse(null);
        return last == null ? m.get("ops.run.state.unknown")
                : m.format("ops.run.ended", job(m, last.job()), String.valueOf(last.exitCode()), exitMeaning(m, last.exitCode()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String details(JsonNode event) {
        List<String> parts = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = event.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!List.of("ts", "run_id", "event").contains(f.getKey())) {
                parts.add(f.getKey() + ": " + (f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
            }
        }
        return String.join(", ", parts);
    }

    static DomContent back(Page page) {
        return p(a(page.messages().get("ops.back")).withHref(page.plainLink("/data")));
    }

    static DomContent command(String text) {
        return code(text);
    }

    static DomContent h(String text) {
        return h3(text);
    }
}
