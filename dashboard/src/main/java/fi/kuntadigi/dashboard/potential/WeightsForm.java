package fi.kuntadigi.dashboard.potential;

import static j2html.TagCreator.a;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.fieldset;
import static j2html.TagCreator.form;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.legend;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;
import static j2html.TagCreator.ul;

import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.dashboard.web.FigurePanel;
import fi.kuntadigi.dashboard.web.FilterParser;
import fi.kuntadigi.dashboard.web.InvalidWeights;
import fi.kuntadigi.dashboard.web.Page;
import j2html.tags.DomContent;
import j2html.tags.specialized.InputTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The what-if panel: one weight per indicator of the digital-potential index beside the ranks
 * they give. "Laske" reloads the page with the weights and the filters in the URL (one state,
 * so a filter change keeps the weights) and lands on the result ({@code #whatif-result}, focused
 * by {@code whatif.js}); the server recomputes the ranks. Weights the server cannot use come back
 * in the form as entered, each with its message.
 */
public final class WeightsForm {

    /** The anchor of the result, and the form's target. */
    public static final String RESULT = "whatif-result";
    static final String SCRIPT = "/assets/js/whatif.js";

    private WeightsForm() {
    }

    /**
     * The form beside the what-if result.
     *
     * @param indicators the figure {@code potential.weights}
     * @param whatIf     the figure {@code potential.whatif} (its ranks with the page's weights)
     * @param invalid    the weights as entered when they could not be used
     */
    public static DomContent panel(Page page, FigureResult indicators, FigureResult whatIf, Optional<InvalidWeights> invalid) {
        return div(render(page, indicators.table(), invalid),
                div(FigurePanel.render(page, whatIf)).withId(RESULT).withClass("whatif-result").attr("tabindex", "-1")
                        .attr("aria-labelledby", whatIf.figure().id().replace('.', '-') + "-h"),
                script().withSrc(SCRIPT).attr("defer"))
                .withClass("whatif-panel");
    }

    /** @param indicators the table of figure {@code potential.weights}: indicator_id, indicator, weight */
    static DomContent render(Page page, Table indicators, Optional<InvalidWeights> invalid) {
        Messages m = page.messages();
        Map<String, String> entered = invalid.map(InvalidWeights::entered).orElse(Map.of());
        List<DomContent> fields = new ArrayList<>();
        List<DomContent> summary = new ArrayList<>();
        for (List<Object> row : indicators.rows()) {
            String id = (String) row.get(0);
            String name = String.valueOf(row.get(1));
            Double current = page.filters().weights().get(id);
            String value = entered.getOrDefault(id, Double.toString(current != null ? current : ((Number) row.get(2)).doubleValue()));
            InputTag field = input().withType("number").withId("w-" + id).withName(FilterParser.WEIGHT_PREFIX + id)
                    .attr("min", "0").attr("max", "1").attr("step", "any").attr("inputmode", "decimal").withValue(value);
            Optional<InvalidWeights.Problem> problem = invalid.stream().flatMap(e -> e.problems().stream())
                    .filter(p -> id.equals(p.indicator())).findFirst();
            if (problem.isPresent()) {
                String message = m.format(problem.get().messageKey(), name, problem.get().entered());
                field.attr("aria-invalid", "true").attr("aria-describedby", "w-" + id + "-error");
                fields.add(div(label(name).attr("for", "w-" + id), field,
                        p(message).withId("w-" + id + "-error").withClass("error")).withClass("field"));
                summary.add(li(a(message).withHref("#w-" + id)));
            } else {
                fields.add(div(label(name).attr("for", "w-" + id), field).withClass("field"));
            }
        }
        invalid.stream().flatMap(e -> e.problems().stream()).filter(p -> p.indicator() == null)
                .forEach(p -> summary.add(li(m.get(p.messageKey()))));
        hidden(fields, "municipality", page.filters().municipality());
        hidden(fields, "year", page.filters().year() == null ? null : page.filters().year().toString());
        hidden(fields, "sector", page.filters().sector());
        hidden(fields, "lang", page.filters().lang().code());
        List<DomContent> parts = new ArrayList<>();
        parts.add(legend(m.get("whatif.legend")));
        if (!summary.isEmpty()) {
            parts.add(div(p(m.get("whatif.error.title")), ul(each(summary.stream()))).withClass("error").attr("role", "alert")
                    .withId("whatif-errors"));
        }
        parts.add(p(m.get("whatif.help")));
        parts.addAll(fields);
        parts.add(button(m.get("whatif.apply")).withType("submit"));
        return form(fieldset(each(parts.stream())))
                .withMethod("get").withAction("/potential#" + RESULT).withClass("filters weights").withId("whatif");
    }

    private static void hidden(List<DomContent> fields, String name, String value) {
        if (value != null) {
            fields.add(input().withType("hidden").withName(name).withValue(value));
        }
    }
}
