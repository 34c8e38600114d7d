package fi.kuntadigi.dashboard.web;

import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.option;
import static j2html.TagCreator.select;

import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Reference;
import j2html.tags.DomContent;
import j2html.tags.specialized.SelectTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The filters of a view as a GET form, so that every state of a view is a shareable link. */
public final class FilterForm {

    private FilterForm() {
    }

    public static DomContent render(Page page, View view, Reference.Snapshot reference, List<String> sectors) {
        Messages m = page.messages();
        List<DomContent> fields = new ArrayList<>();
        if (view.offersMunicipality()) {
            String all = view.filters().contains(View.Filter.ONE_MUNICIPALITY) ? null : m.get("filter.all");
            fields.add(field("municipality", m.get("filter.municipality"),
                    options(all, reference.municipalities(page.filters().lang()), page.filters().municipality())));
        }
        if (view.filters().contains(View.Filter.YEAR)) {
            Map<String, String> years = new LinkedHashMap<>();
            reference.years().forEach(y -> years.put(y.toString(), y.toString()));
            fields.add(field("year", m.get("filter.year"), options(m.get("filter.latest"), years,
                    page.filters().year() == null ? null : page.filters().year().toString())));
        }
        if (view.filters().contains(View.Filter.SECTOR)) {
            Map<String, String> named = new LinkedHashMap<>();
            sectors.forEach(s -> named.put(s, m.get("sector." + s)));
            fields.add(field("sector", m.get("filter.sector"), options(m.get("filter.all"), named, page.filters().sector())));
        }
        if (fields.isEmpty()) {
            return div();
        }
        fields.add(input().withType("hidden").withName("lang").withValue(page.filters().lang().code()));
        fields.addAll(keepWeights(page));
        fields.add(button(m.get("filter.apply")).withType("submit"));
        return form(each(fields.stream())).withMethod("get").withAction(view.path()).withClass("filters")
                .attr("aria-label", m.get("filter.label"));
    }

    private static DomContent field(String name, String text, SelectTag select) {
        return div(label(text).attr("for", "f-" + name), select.withId("f-" + name).withName(name)).withClass("field");
    }

    /** The options, after one for "all" unless {@code allText} is null. */
    private static SelectTag options(String allText, Map<String, String> values, String selected) {
        SelectTag select = allText == null ? select() : select(option(allText).withValue(""));
        values.forEach((value, text) -> {
            var o = option(text).withValue(value);
            if (Objects.equals(value, selected)) {
                o.isSelected();
            }
            select.with(o);
        });
        return select;
    }

    /** The page's what-if weights as hidden fields, so a filter form keeps them. */
    private static List<DomContent> keepWeights(Page page) {
        return page.filters().weights().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> (DomContent) input().withType("hidden").withName(FilterParser.WEIGHT_PREFIX + e.getKey())
                        .withValue(Double.toString(e.getValue()))).toList();
    }
}
