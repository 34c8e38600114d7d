package fi.kuntadigi.dashboard.views;

import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.form;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.legend;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.api.FilterParser;
import fi.kuntadigi.dashboard.data.Table;
import fi.kuntadigi.dashboard.i18n.Messages;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.List;

/**
 * The what-if panel: one weight per indicator of the digital-potential index. Submitting
 * reloads the page with the weights in the URL; the server recomputes the ranks.
 */
public final class WeightsForm {

    private WeightsForm() {
    }

    /** @param indicators the table of figure {@code potential.weights}: indicator_id, indicator, weight */
    public static DomContent render(Page page, Table indicators) {
        Messages m = page.messages();
        List<DomContent> fields = new ArrayList<>();
        for (List<Object> row : indicators.rows()) {
            String id = (String) row.get(0);
            Double current = page.filters().weights().get(id);
            String value = Double.toString(current != null ? current : ((Number) row.get(2)).doubleValue());
            fields.add(div(label(String.valueOf(row.get(1))).attr("for", "w-" + id),
                    input().withType("number").withId("w-" + id).withName(FilterParser.WEIGHT_PREFIX + id)
                            .attr("min", "0").attr("max", "1").attr("step", "0.05").withValue(value)).withClass("field"));
        }
        if (page.filters().municipality() != null) {
            fields.add(input().withType("hidden").withName("municipality").withValue(page.filters().municipality()));
        }
        if (page.filters().sector() != null) {
            fields.add(input().withType("hidden").withName("sector").withValue(page.filters().sector()));
        }
        fields.add(input().withType("hidden").withName("lang").withValue(page.filters().lang().code()));
        return form(fieldset(legend(m.get("whatif.legend")), p(m.get("whatif.help")), each(fields.stream()),
                button(m.get("whatif.apply")).withType("submit")))
                .withMethod("get").withAction("/potential").withClass("filters weights").withId("whatif");
    }
}
