package fi.kuntadigi.dashboard.surveys;

import static fi.kuntadigi.dashboard.figures.Chart.Type.HBAR;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** Survey results per question and area with Wilson intervals; small groups suppressed. */
public final class SurveyFigures {

    private SurveyFigures() {
    }

    public static List<Figure> all() {
        return List.of(
                Figure.of("surveys.results", Role.STEERING, Chart.of(HBAR, "question", "positive_pct").bySeries("area")
                        .withInterval("ci_low_pct", "ci_high_pct"), """
                        select question_{lang} as question, area_name_{lang} as area, suppressed, answers,
                               round(100 * positive_share, 1) as positive_pct,
                               round(100 * positive_ci_low, 1) as ci_low_pct,
                               round(100 * positive_ci_high, 1) as ci_high_pct
                        from {mart:survey_results}
                        where age_band = 'all' and survey_id = 'residents_2021'
                          and (:municipality is null or area_code in (:municipality, 'REGION'))
                        order by question_id, area_code = 'REGION' desc, area""").suppressedBy("suppressed"));
    }
}
