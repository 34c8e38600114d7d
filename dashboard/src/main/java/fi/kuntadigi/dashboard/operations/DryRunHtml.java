package fi.kuntadigi.dashboard.operations;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.section;
import static j2html.TagCreator.textarea;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.web.Page;
import j2html.tags.DomContent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a dry run found, in the page's language: the counts, each reason with its count and a
 * sample of its rows (the reason's code translated with the row's values), the rows dated
 * outside the data's period, and the whole list as a download.
 */
final class DryRunHtml {

    private DryRunHtml() {
    }

    static List<DomContent> verdict(Page page, JsonNode check, String rowsCsv) {
        Messages m = page.messages();
        List<DomContent> parts = new ArrayList<>();
        long rows = check.path("rows").asLong();
        long published = check.path("published").asLong();
        long quarantined = check.path("quarantined").asLong();
        parts.add(p(m.format("ops.dry.summary", Format.value(rows, m.lang()), Format.value(published, m.lang()),
                Format.value(quarantined, m.lang()))).withClass("summary").withId("dry-summary"));
        JsonNode outside = check.path("outside_period");
        if (outside.path("rows").asLong() > 0) {
            parts.add(p(m.format("ops.dry.outside", Format.value(outside.path("rows").asLong(), m.lang()),
                    day(outside.path("first"), m), day(outside.path("last"), m),
                    day(check.path("period").path("from"), m), day(check.path("period").path("to"), m),
                    lines(outside.path("lines")))).withClass("notice").attr("role", "alert").withId("dry-outside"));
        }
        if (quarantined == 0) {
            parts.add(p(m.get("ops.dry.none_quarantined")));
        } else {
            for (JsonNode reason : check.path("reasons")) {
                parts.add(reason(m, reason));
            }
            if (!check.path("rows_csv").isNull() && !check.path("rows_csv").isMissingNode()) {
                parts.add(p(a(m.format("ops.dry.download", Format.value(quarantined, m.lang())))
                        .withHref(page.plainLink(rowsCsv)).attr("download", "")).withId("dry-download"));
            }
        }
        parts.add(p(m.get("ops.dry.next")));
        return parts;
    }

    private static DomContent reason(Messages m, JsonNode reason) {
        String code = reason.path("code").asText();
        long count = reason.path("count").asLong();
        JsonNode sample = reason.path("sample");
        String heading = m.format("ops.dry.reason", name(m, code), Format.value(count, m.lang()));
        List<List<Object>> cells = new ArrayList<>();
        for (JsonNode q : sample) {
            cells.add(List.of(q.path("line").asLong(), text(q, "column"), text(q, "value"), message(m, q)));
        }
        String caption = count > sample.size() ? m.format("ops.dry.sample", Format.value(sample.size(), m.lang()),
                Format.value(count, m.lang())) : heading;
        return section(h2(heading), OperationsHtml.dataTable(m, "dry-" + code.replace('_', '-'), caption,
                List.of("line", "column", "value", "reason"), cells)).withClass("dry-reason");
    }

    /** A reason's short name in the page's language. */
    private static String name(Messages m, String code) {
        return m.has("ops.reason." + code + ".name") ? m.get("ops.reason." + code + ".name") : m.get("ops.reason.other.name");
    }

    /** The row's reason in the page's language with its column, value and the reason's own values; English text when unknown. */
    static String message(Messages m, JsonNode row) {
        String key = "ops.reason." + row.path("code").asText();
        if (!m.has(key)) {
            return text(row, "reason");
        }
        List<Object> args = new ArrayList<>();
        args.add(text(row, "column"));
        args.add(text(row, "value"));
        boolean dataset = "unknown_reference".equals(row.path("code").asText());
        row.path("args").forEach(a -> args.add(dataset && m.has("dataset." + a.asText()) ? m.get("dataset." + a.asText()) : a.asText()));
        return m.format(key, args.toArray());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "–" : v.asText();
    }

    private static String day(JsonNode iso, Messages m) {
        return iso.isTextual() ? Times.day(LocalDate.parse(iso.asText()), m.lang()) : "–";
    }

    private static String lines(JsonNode lines) {
        List<String> out = new ArrayList<>();
        lines.forEach(l -> out.add(Long.toString(l.asLong())));
        return String.join(", ", out);
    }

    /**
     * The upload as a correction: when chosen, what it would replace (rows per municipality-month
     * and a sample of the old rows); when its rows duplicate earlier ones, the choice to replace them.
     */
    static DomContent replacement(Page page, JsonNode check, String upload, boolean chosen) {
        Messages m = page.messages();
        JsonNode replaced = check.path("replaced");
        if (chosen) {
            List<List<Object>> months = new ArrayList<>();
            replaced.path("by_municipality_month").forEach(r -> months.add(List.of(r.path("municipality_code").asText(),
                    day(r.path("month"), m), r.path("rows").asLong())));
            List<List<Object>> sample = new ArrayList<>();
            replaced.path("sample").forEach(r -> sample.add(List.of(r.path("line").asLong(), r.path("file").asText(),
                    r.path("record").asText())));
            return section(h2(m.get("ops.replace.chosen.title")).withId("ops-replace-h"),
                    p(m.format("ops.replace.chosen", Format.value(replaced.path("rows").asLong(), m.lang())))
                            .withClass("summary").withId("dry-replaced"),
                    OperationsHtml.dataTable(m, "dry-replaced-months", m.get("ops.replace.months"),
                            List.of("municipality_code", "month", "rows"), months),
                    OperationsHtml.dataTable(m, "dry-replaced-sample", m.get("ops.replace.sample"), List.of("line", "file", "record"),
                            sample))
                    .withClass("figure").attr("aria-labelledby", "ops-replace-h");
        }
        boolean duplicates = false;
        for (JsonNode reason : check.path("reasons")) {
            duplicates |= "duplicate".equals(reason.path("code").asText());
        }
        if (!duplicates) {
            return rawHtml("");
        }
        return section(h2(m.get("ops.replace.title")).withId("ops-replace-h"), p(m.get("ops.replace.help")).withClass("desc"),
                form(input().withType("hidden").withName("_csrf").withValue(page.session().csrfToken()),
                        button(m.get("ops.replace.button")).withType("submit"))
                        .withMethod("post").withAction(page.plainLink("/data/uploads/" + upload + "/replace"))
                        .withClass("filters").withId("ops-replace"))
                .withClass("figure").attr("aria-labelledby", "ops-replace-h");
    }

    /** Withdrawing the upload: a reason is required; the file moves to the archive, nothing is deleted. */
    static DomContent withdrawForm(Page page, String upload) {
        Messages m = page.messages();
        return section(h2(m.get("ops.withdraw.title")).withId("ops-withdraw-h"),
                p(m.get("ops.withdraw.help")).withClass("desc"),
                form(input().withType("hidden").withName("_csrf").withValue(page.session().csrfToken()),
                        div(label(m.get("ops.withdraw.reason")).attr("for", "ops-withdraw-reason"),
                                textarea().withId("ops-withdraw-reason").withName("reason").isRequired()
                                        .attr("maxlength", Integer.toString(UploadRoutes.MAX_REASON)).attr("rows", "2"))
                                .withClass("field"),
                        button(m.get("ops.withdraw.button")).withType("submit"))
                        .withMethod("post").withAction(page.plainLink("/data/uploads/" + upload + "/withdraw"))
                        .withClass("filters").withId("ops-withdraw"))
                .withClass("figure").attr("aria-labelledby", "ops-withdraw-h");
    }
}
