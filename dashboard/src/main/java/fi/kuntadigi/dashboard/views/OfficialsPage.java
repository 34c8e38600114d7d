package fi.kuntadigi.dashboard.views;

import static j2html.TagCreator.a;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.li;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.ul;

import fi.kuntadigi.dashboard.data.Table;
import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.i18n.Messages;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The officials' view: one municipality's roadmap in short plain sentences, year by year,
 * with the joint actions it takes part in. Prints on A4 without navigation.
 */
public final class OfficialsPage {

    private OfficialsPage() {
    }

    public static String render(Page page, Map<String, String> municipalities, String code, FigureResult plan) {
        Messages m = page.messages();
        String name = municipalities.get(code);
        List<DomContent> content = new ArrayList<>();
        content.add(h1(m.format("officials.heading", name)));
        content.add(nav(ul(each(municipalities.entrySet().stream().map(e -> li(e.getKey().equals(code)
                ? a(e.getValue()).withHref(page.link("/officials")).attr("aria-current", "page")
                : a(e.getValue()).withHref(page.withMunicipality(e.getKey()).link("/officials")))))))
                .withClass("municipalities no-print").attr("aria-label", m.get("officials.choose")));
        content.add(p(m.get("officials.intro")).withClass("lead"));
        if (plan.missing()) {
            content.add(FigurePanel.render(page, plan));
            return Layout.render(page, m.format("officials.heading", name), content.toArray(DomContent[]::new));
        }
        Map<Integer, List<List<Object>>> byYear = new LinkedHashMap<>();
        List<List<Object>> unplaced = new ArrayList<>();
        Table t = plan.table();
        for (List<Object> row : t.rows()) {
            if (Boolean.TRUE.equals(row.get(t.indexOf("placed")))) {
                byYear.computeIfAbsent(((Number) row.get(t.indexOf("year"))).intValue(), y -> new ArrayList<>()).add(row);
            } else {
                unplaced.add(row);
            }
        }
        byYear.forEach((year, rows) -> content.add(section(h2(m.format("officials.year", year.toString())),
                ul(each(rows.stream().map(r -> li(sentence(t, r, m))))))));
        if (!unplaced.isEmpty()) {
            content.add(section(h2(m.get("officials.later")), ul(each(unplaced.stream().map(r -> li(sentence(t, r, m)))))));
        }
        if (byYear.isEmpty() && unplaced.isEmpty()) {
            content.add(p(m.get("officials.none")));
        }
        return Layout.render(page, m.format("officials.heading", name), content.toArray(DomContent[]::new));
    }

    /**
     * One action in plain words: who, what, how far it is, when it starts (months, not quarter
     * codes) and which other actions it waits for — by their titles, never by their ids.
     */
    private static String sentence(Table t, List<Object> row, Messages m) {
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
            s.append(' ').append(m.format("officials.after", after.toString()));
        }
        return s.toString();
    }
}
