package fi.kuntadigi.reports.pack;

import static j2html.TagCreator.a;
import static j2html.TagCreator.attrs;
import static j2html.TagCreator.body;
import static j2html.TagCreator.div;
import static j2html.TagCreator.document;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.head;
import static j2html.TagCreator.html;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.ol;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;
import static j2html.TagCreator.section;
import static j2html.TagCreator.strong;
import static j2html.TagCreator.text;
import static j2html.TagCreator.title;
import static j2html.TagCreator.ul;

import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.dashboard.web.Assets;
import fi.kuntadigi.dashboard.web.FigurePanel;
import j2html.tags.DomContent;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steering group's meeting pack as one HTML document for print: cover (data version, date), contents,
 * key figures, the sections of the region's figures with the dashboard's charts (drawn by its script, as
 * vector SVG), what slipped on the roadmap since the last pack, data-quality notes, and every chart's data
 * as a table in the appendix. Each chart is an image whose text alternative is its text summary.
 */
public final class SteeringPack {


    /** The sections in order: key of the heading text, and the figures shown in it. */
    private static final Map<String, List<String>> SECTIONS = orderedSections();
    /** Key figures: the text summaries of these. */
    private static final List<String> KEY_FIGURES = List.of("maturity.index", "potential.top", "pilots.feedback",
            "surveys.results", "costs.budget", "roadmap.progress");
    private static final String TIMELINE = "roadmap.timeline";
    /** A source loaded longer ago than this is named as out of date (the exports come monthly). */
    private static final int STALE_AFTER_DAYS = 45;

    private final FigureService figures;

    public SteeringPack(FigureService figures) {
        this.figures = figures;
    }

    private static Map<String, List<String>> orderedSections() {
        Map<String, List<String>> s = new LinkedHashMap<>();
        s.put("pack.maturity", List.of("maturity.index", "maturity.dimensions"));
        s.put("pack.potential", List.of("potential.ranking", "potential.savings"));
        s.put("pack.pilots", List.of("pilots.feedback", "pilots.signals"));
        s.put("pack.surveys", List.of("surveys.results"));
        s.put("pack.costs", List.of("costs.budget", "costs.findings"));
        s.put("pack.roadmap", List.of("roadmap.progress"));
        return s;
    }

    /** Every figure the pack reads (its marts are checked before a pack is made). */
    public static List<String> figureIds() {
        List<String> ids = new ArrayList<>(KEY_FIGURES);
        SECTIONS.values().forEach(ids::addAll);
        ids.add(TIMELINE);
        ids.add("data.quarantine");
        ids.add("data.datasets");
        return ids.stream().distinct().toList();
    }

    /** Where the roadmap stands now, in the language's action names. */
    public RoadmapSnapshot snapshot(Lang lang, String dataVersion) {
        return RoadmapSnapshot.of(dataVersion, load(TIMELINE, lang).table());
    }

    /**
     * The pack's HTML.
     *
     * @param assets path prefix of the pack's own stylesheet and script
     */
    public String render(Lang lang, PackContext context, String assets) {
        Messages m = Messages.of(lang);
        PackTexts t = PackTexts.of(lang);
        List<FigureResult> charted = new ArrayList<>();
        List<DomContent> body = new ArrayList<>();
        body.add(cover(t, context, lang));
        List<DomContent> contents = new ArrayList<>();
        contents.add(li(a(t.get("pack.key")).withHref("#key")));
        SECTIONS.keySet().forEach(key -> contents.add(li(a(t.get(key)).withHref("#" + anchor(key)))));
        contents.add(li(a(t.get("pack.quality")).withHref("#quality")));
        contents.add(li(a(t.get("pack.appendix")).withHref("#appendix")));
        body.add(nav(h2(t.get("pack.contents")), ol(each(contents.stream()))).withClass("contents")
                .attr("aria-labelledby", "contents-h"));
        body.add(section(h2(t.get("pack.key")).withId("key"), ul(each(KEY_FIGURES.stream()
                .map(id -> load(id, lang)).filter(r -> !r.missing())
                .map(r -> li(strong(m.get("fig." + r.figure().id() + ".title") + ": "), text(r.summary()))))))
                .withClass("key"));
        SECTIONS.forEach((key, ids) -> {
            List<DomContent> parts = new ArrayList<>();
            parts.add(h2(t.get(key)).withId(anchor(key)));
            if (key.equals("pack.surveys")) {
                parts.add(p(t.get("pack.surveys.note")).withClass("desc"));
            }
            for (String id : ids) {
                FigureResult r = load(id, lang);
                parts.add(panel(r, m, t, charted));
            }
            if (key.equals("pack.roadmap")) {
                parts.add(slipped(lang, context, t));
            }
            body.add(section(each(parts.stream())).withClass("part"));
        });
        body.add(quality(lang, m, t));
        body.add(appendix(charted, m, t));
        return document(html(
                head(meta().withCharset("utf-8"), title(t.get("pack.title") + " – " + date(context.generatedAt(), lang)),
                        link().withRel("stylesheet").withHref("/assets/css/dashboard.css"),
                        link().withRel("stylesheet").withHref(assets + "/report.css"),
                        script().withSrc(Assets.ECHARTS).attr("defer"),
                        script().withSrc(assets + "/report.js").attr("defer"),
                        script().withSrc("/assets/js/dashboard.js").attr("defer")),
                body(main(each(body.stream())).withClass("pack")))
                .withLang(lang.code()));
    }

    private FigureResult load(String id, Lang lang) {
        return figures.load(figures.catalog().get(id), Filters.defaults(lang));
    }

    private static String anchor(String key) {
        return key.replace("pack.", "s-");
    }

    private static DomContent cover(PackTexts t, PackContext context, Lang lang) {
        return section(h1(t.get("pack.title")), p(t.get("pack.region")).withClass("lead"),
                p(t.format("pack.version", context.dataVersion(), dateTime(context.computedAt(), lang))),
                p(t.format("pack.generated", dateTime(context.generatedAt(), lang))))
                .withClass("cover");
    }

    /**
     * A figure in the body: heading, summary, and the chart as an image described by the summary (its table
     * goes to the appendix); a figure without a chart shows its table here.
     */
    private static DomContent panel(FigureResult r, Messages m, PackTexts t, List<FigureResult> charted) {
        String id = r.figure().id().replace('.', '-');
        String title = m.get("fig." + r.figure().id() + ".title");
        List<DomContent> parts = new ArrayList<>();
        parts.add(h3(title));
        if (r.missing()) {
            return section(each(parts.stream())).withClass("figure");
        }
        parts.add(p(r.summary()).withClass("summary"));
        if (r.figure().chart().drawn() && !r.table().isEmpty()) {
            charted.add(r);
            String api = "/api/figures/" + r.figure().id() + Filters.defaults(m.lang()).queryString();
            parts.add(div(div().withId("chart-" + id).withClass("chart " + r.figure().chart().type().name().toLowerCase())
                    .attr("data-src", api).attr("aria-hidden", "true").attr("data-echarts", Assets.ECHARTS)
                    .attr("data-echarts-locale", Assets.echartsLocale(m.lang().code()).orElse(null)))
                    .withClass("chart-frame").attr("role", "img").attr("aria-label", title + ". " + r.summary()));
            parts.add(p(a(t.get("pack.table.ref")).withHref("#table-" + id)).withClass("desc"));
        } else {
            parts.add(FigurePanel.dataTable(r, title, id, m));
        }
        return section(each(parts.stream())).withClass("figure");
    }

    private DomContent slipped(Lang lang, PackContext context, PackTexts t) {
        List<DomContent> parts = new ArrayList<>();
        parts.add(h3(t.get("pack.slipped")));
        if (context.previous().isEmpty()) {
            parts.add(p(t.get("pack.slipped.first")));
            return section(each(parts.stream())).withClass("figure");
        }
        RoadmapSnapshot earlier = context.previous().get();
        List<RoadmapSnapshot.Slip> slips = snapshot(lang, context.dataVersion()).slippedSince(earlier);
        if (slips.isEmpty()) {
            parts.add(p(t.format("pack.slipped.none", earlier.dataVersion())));
        } else {
            parts.add(p(t.format("pack.slipped.intro", earlier.dataVersion())));
            parts.add(ul(each(slips.stream().map(s -> li(switch (s.kind()) {
                case MOVED -> t.format("pack.slipped.moved", s.action(), t.quarter(s.endQuarter()), t.quarter(s.earlierEndQuarter()));
                case DROPPED -> t.format("pack.slipped.dropped", s.action());
                case UNPLACED -> t.format("pack.slipped.unplaced", s.action());
            })))));
        }
        return section(each(parts.stream())).withClass("figure");
    }

    /** Quarantined rows by reason and the sources that are out of date, as text and tables. */
    private DomContent quality(Lang lang, Messages m, PackTexts t) {
        FigureResult quarantine = load("data.quarantine", lang);
        FigureResult datasets = load("data.datasets", lang);
        long rows = quarantine.table().column("rows").stream().filter(Objects::nonNull)
                .mapToLong(v -> ((Number) v).longValue()).sum();
        List<String> stale = new ArrayList<>();
        Table d = datasets.table();
        for (List<Object> row : d.rows()) {
            String name = m.code(row.get(d.indexOf("dataset"))).orElse(String.valueOf(row.get(d.indexOf("dataset"))));
            Object age = row.get(d.indexOf("age_hours"));
            if (!"published".equals(row.get(d.indexOf("state")))) {
                stale.add(t.format("pack.quality.missing", name));
            } else if (age instanceof Number hours && hours.doubleValue() > STALE_AFTER_DAYS * 24) {
                stale.add(t.format("pack.quality.age", name, Format.value(Math.round(hours.doubleValue() / 24), lang)));
            }
        }
        List<DomContent> parts = new ArrayList<>();
        parts.add(h2(t.get("pack.quality")).withId("quality"));
        parts.add(p(rows > 0 ? t.format("pack.quality.quarantine", Format.value(rows, lang)) : t.get("pack.quality.clean")));
        if (rows > 0) {
            parts.add(FigurePanel.dataTable(quarantine, m.get("fig.data.quarantine.title"), "data-quarantine", m));
        }
        parts.add(p(stale.isEmpty() ? t.get("pack.quality.fresh") : t.format("pack.quality.stale", String.join(", ", stale))));
        return section(each(parts.stream())).withClass("part");
    }

    private static DomContent appendix(List<FigureResult> charted, Messages m, PackTexts t) {
        return section(h2(t.get("pack.appendix")).withId("appendix"), each(charted.stream().map(r -> {
            String id = r.figure().id().replace('.', '-');
            String title = m.get("fig." + r.figure().id() + ".title");
            return section(h3(title).withId("table-" + id), FigurePanel.dataTable(r, title, id, m)).withClass("figure");
        }))).withClass("part appendix");
    }


    static String date(Instant at, Lang lang) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(lang.locale()).format(at.atZone(Times.ZONE));
    }

    static String dateTime(Instant at, Lang lang) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(lang.locale())
                .format(at.atZone(Times.ZONE));
    }
}
