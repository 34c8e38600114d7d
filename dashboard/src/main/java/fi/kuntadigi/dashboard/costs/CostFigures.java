package fi.kuntadigi.dashboard.costs;

import static fi.kuntadigi.dashboard.figures.Chart.Type.BAR;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** Budget against actual, the participants' funding split and the documents' inconsistencies. */
public final class CostFigures {

    private CostFigures() {
    }

    public static List<Figure> all() {
        return List.of(
                Figure.of("costs.budget", Role.STEERING, Chart.of(BAR, "category", "budget_eur", "actual_eur").totalIn("is_total"), """
                        select category_name_{lang} as category, budget_cents / 100.0 as budget_eur, actual_cents / 100.0 as actual_eur,
                               variance_cents / 100.0 as variance_eur, round(utilisation_pct, 1) as utilisation_pct,
                               category = 'total' as is_total
                        from {mart:cost_budget_actual} order by category = 'total', budget_cents desc, category"""),
                Figure.of("costs.funding", Role.STEERING, Chart.of(BAR, "municipality", "computed_eur"), """
                        select municipality_name_fi as municipality, population, round(100 * population_share, 2) as population_share_pct,
                               computed_share_cents / 100.0 as computed_eur, stated_share_cents / 100.0 as stated_eur,
                               difference_cents / 100.0 as difference_eur
                        from {mart:cost_funding_split} order by population desc, municipality"""),
                Figure.of("costs.findings", Role.STEERING, Chart.none(), """
                        select document, stated_cents / 100.0 as stated_eur, computed_cents / 100.0 as computed_eur,
                               difference_cents / 100.0 as difference_eur, severity, reason_{lang} as reason
                        from {mart:data_quality_findings} order by severity desc, finding_id"""));
    }
}
