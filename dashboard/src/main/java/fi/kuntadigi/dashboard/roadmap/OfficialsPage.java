package fi.kuntadigi.dashboard.roadmap;

import static j2html.TagCreator.a;
import static j2html.TagCreator.aside;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.h3;
import static j2html.TagCreator.li;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.ol;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.ul;

import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.dashboard.web.FigurePanel;
import fi.kuntadigi.dashboard.web.Layout;
import fi.kuntadigi.dashboard.web.Page;
import j2html.tags.ContainerTag;
import j2html.tags.DomContent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The officials' view: a municipality's roadmap in short plain sentences, year by year, with the
 * joint actions it takes part in, the date of the status it tells, and the proper names on it
 * explained. Without a chosen municipality it shows every municipality, each on a sheet of its
 * own that prints on one A4 page.
 */
final class OfficialsPage {

    /** Proper names and terms explained at the foot of a sheet when its text names them ({@code glossary.ID}). */
    private static final List<String> GLOSSARY = List.of("webropol", "suomifi_id", "suomifi_messages", "digivapa", "satadigi",
            "visma", "effica", "lupapiste", "kuntalaisaloite", "raakkyla", "information_model", "accessibility_statement",
            "streaming");

    private OfficialsPage() {
    }

    /** One municipality's plan, by name. */
    public record Sheet(String code, String name, FigureResult plan) {
    }

    /**
     * @param sheets the municipalities shown: one, or all of them
     * @param all    every municipality's name by code, for the chooser
     * @param chosen the chosen municipality's code, or null when all are shown
     */
    public static String render(Page page, Map<String, String> all, String chosen, List<Sheet> sheets) {
        Messages m = page.messages();
        String heading = chosen == null ? m.get("officials.heading.all") : m.format("officials.heading", all.get(chosen));
        List<DomContent> content = new ArrayList<>();
        content.add(chosen == null ? h1(heading).withClass("no-print") : h1(heading));
        List<DomContent> choices = new ArrayList<>();
        choices.add(li(chosen == null ? a(m.get("officials.all")).withHref(page.plainLink("/officials")).attr("aria-current", "page")
                : a(m.get("officials.all")).withHref(page.plainLink("/officials"))));
        all.forEach((code, name) -> choices.add(li(code.equals(chosen)
                ? a(name).withHref(page.link("/officials")).attr("aria-current", "page")
                : a(name).withHref(page.withMunicipality(code).link("/officials")))));
        content.add(nav(ul(choices.toArray(DomContent[]::new))).withClass("municipalities no-print")
                .attr("aria-label", m.get("officials.choose")));
        content.add(p(m.get("officials.intro")).withClass("lead no-print"));
        for (Sheet sheet : sheets) {
            content.add(sheet(page, sheet, chosen == null));
        }
        return Layout.render(page, heading, content.toArray(DomContent[]::new));
    }

    private static DomContent sheet(Page page, Sheet sheet, boolean titled) {
        Messages m = page.messages();
        List<DomContent> parts = new ArrayList<>();
        String id = "m-" + sheet.code();
        if (titled) {
            parts.add(h2(m.format("officials.heading", sheet.name())).withId(id));
        }
        if (sheet.plan().missing()) {
            parts.add(FigurePanel.render(page, sheet.plan()));
            return section(each(parts.stream())).withClass("sheet");
        }
        Table t = sheet.plan().table();
        asOf(t, m).ifPresent(date -> parts.add(p(m.format("officials.as_of", date)).withClass("as-of")));
        parts.add(p(m.get("officials.intro.print")).withClass("print-only"));
        Map<String, List<List<Object>>> groups = new LinkedHashMap<>();
        for (List<Object> row : t.rows()) {
            String group = Boolean.TRUE.equals(row.get(t.indexOf("placed")))
                    ? m.format("officials.year", row.get(t.indexOf("year")).toString()) : m.get("officials.later");
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
        }
        // Items are numbered across the sheet, so that a later item names its prerequisite by number, not again in full.
        Map<String, Integer> numbers = new LinkedHashMap<>();
        groups.values().forEach(rows -> rows.forEach(r -> numbers.putIfAbsent(String.valueOf(r.get(t.indexOf("action"))),
                numbers.size() + 1)));
        String level = titled ? "h3" : "h2";
        List<String> all = new ArrayList<>();
        int start = 1;
        for (var group : groups.entrySet()) {
            List<String> sentences = group.getValue().stream().map(r -> sentence(t, r, m, numbers)).toList();
            all.addAll(sentences);
            parts.add(yearSection(level, group.getKey(), sentences, start));
            start += sentences.size();
        }
        if (groups.isEmpty()) {
            parts.add(p(m.get("officials.none")));
        }
        String text = String.join(" ", all);
        List<DomContent> terms = new ArrayList<>();
        for (String term : GLOSSARY) {
            if (mentions(text, m.get("glossary." + term + ".match"))) {
                terms.add(li(m.get("glossary." + term)));
            }
        }
        if (!terms.isEmpty()) {
            parts.add(aside((titled ? h3(m.get("officials.glossary")) : h2(m.get("officials.glossary"))),
                    ul(terms.toArray(DomContent[]::new))).withClass("glossary"));
        }
        ContainerTag<?> s = section(each(parts.stream())).withClass("sheet");
        return titled ? s.attr("aria-labelledby", id) : s;
    }

    private static DomContent yearSection(String level, String heading, List<String> sentences, int start) {
        DomContent h = level.equals("h2") ? h2(heading) : h3(heading);
        return section(h, ol(each(sentences.stream().map(s -> li(s)))).attr("start", start)).withClass("year");
    }

    /** Whether the text names a term: any of its {@code |}-separated stems, ignoring case. */
    private static boolean mentions(String text, String stems) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String stem : stems.split("\\|")) {
            if (!stem.isBlank() && lower.contains(stem.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The day of the latest status report, in the page's language ("15. lokakuuta 2022"). */
    private static Optional<String> asOf(Table t, Messages m) {
        int i = t.indexOf("status_as_of");
        if (i < 0 || t.rows().isEmpty() || t.rows().get(0).get(i) == null) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.parse(t.rows().get(0).get(i).toString());
        return Optional.of(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(m.lang().locale()).format(day));
    }

    /**
     * One action in plain words: who, what, how far it is, when it starts (months, not quarter
     * codes) and which unfinished actions it waits for — by their item numbers when they are on the
     * sheet, else by their titles; never by their ids.
     */
    private static String sentence(Table t, List<Object> row, Messages m, Map<String, Integer> numbers) {
        String who = "JOINT".equals(row.get(t.indexOf("owner"))) ? m.get("officials.joint") + " " : "";
        String status = String.valueOf(row.get(t.indexOf("status")));
        StringBuilder s = new StringBuilder(who).append(row.get(t.indexOf("action"))).append(". ")
                .append(m.get("officials.status." + status));
        Object quarter = row.get(t.indexOf("start_quarter"));
        if (!Boolean.TRUE.equals(row.get(t.indexOf("placed")))) {
            s.append(' ').append(m.get("officials.unplaced"));
        } else if ("planned".equals(status) && quarter != null) {
            s.append(' ').append(m.get("officials.starts.q" + quarter.toString().substring(5)));
        }
        Object after = row.get(t.indexOf("after"));
        if (after != null && !after.toString().isBlank() && !"done".equals(status)) {
            List<String> items = new ArrayList<>();
            List<String> titles = new ArrayList<>();
            for (String title : new LinkedHashSet<>(List.of(after.toString().split("; ")))) {
                Integer n = numbers.get(title);
                if (n != null) {
                    items.add(n.toString());
                } else {
                    titles.add(title);
                }
            }
            if (!items.isEmpty()) {
                s.append(' ').append(m.format(items.size() == 1 ? "officials.after.item" : "officials.after.items",
                        String.join(", ", items)));
            }
            if (!titles.isEmpty()) {
                s.append(' ').append(m.format("officials.after", String.join("; ", titles)));
            }
        }
        return s.toString();
    }
}
