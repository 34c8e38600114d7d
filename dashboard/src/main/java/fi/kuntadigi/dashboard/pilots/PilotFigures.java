package fi.kuntadigi.dashboard.pilots;

import static fi.kuntadigi.dashboard.figures.Chart.Type.BAR;
import static fi.kuntadigi.dashboard.figures.Chart.Type.SCATTER;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** The 2021 pilots: feedback with its map, chat, e-forms, digital support, continue signals. */
public final class PilotFigures {

    private PilotFigures() {
    }

    private static final String BY_MUNICIPALITY = "where (:municipality is null or current_code = :municipality)";

    public static List<Figure> all() {
        return List.of(
                Figure.of("pilots.feedback", Role.STEERING, Chart.of(BAR, "municipality", "items_during", "items_before"), """
                        select municipality_name_fi as municipality, items_during, items_before,
                               round(items_per_1000, 1) as items_per_1000,
                               round(100 * share_within_3_working_days, 1) as within_3_days_pct,
                               round(100 * share_within_3_working_days_before, 1) as within_3_days_before_pct
                        from {mart:pilot_feedback} %s order by items_during desc, municipality""".formatted(BY_MUNICIPALITY)),
                Figure.of("pilots.map", Role.STEERING, Chart.of(SCATTER, "longitude", "latitude").bySeries("municipality"), """
                        select municipality_name_fi as municipality, round(longitude, 4) as longitude, round(latitude, 4) as latitude,
                               period, category, within_3_working_days
                        from {mart:pilot_feedback_points}
                        %s and latitude is not null and longitude is not null
                        order by municipality, received_at""".formatted(BY_MUNICIPALITY)),
                Figure.of("pilots.chat", Role.STEERING, Chart.of(BAR, "municipality", "answer_rate_pct"), """
                        select municipality_name_fi as municipality, chats, answered, missed,
                               round(100 * answer_rate, 1) as answer_rate_pct, median_wait_seconds
                        from {mart:pilot_chat} %s order by chats desc, municipality""".formatted(BY_MUNICIPALITY)),
                Figure.of("pilots.eforms", Role.STEERING, Chart.of(BAR, "municipality", "submissions"), """
                        select municipality_name_fi as municipality, forms_in_use, submissions,
                               round(submissions_per_month, 1) as submissions_per_month,
                               round(100 * identified_share, 1) as identified_pct, round(100 * paid_share, 1) as paid_pct
                        from {mart:pilot_eforms} %s order by submissions desc, municipality""".formatted(BY_MUNICIPALITY)),
                Figure.of("pilots.support", Role.STEERING, Chart.of(BAR, "municipality", "participants", "participants_65_plus"), """
                        select municipality_name_fi as municipality, events, participants, participants_65_plus
                        from {mart:pilot_digital_support} %s order by participants desc, municipality""".formatted(BY_MUNICIPALITY)),
                Figure.of("pilots.signals", Role.STEERING, Chart.none(), """
                        select pilot_name_{lang} as pilot, municipality_name_fi as municipality, metric, round(value, 3) as value,
                               threshold, signal, continued_in_reality, reason_{lang} as reason
                        from {mart:pilot_signals} %s order by pilot_id, municipality""".formatted(BY_MUNICIPALITY)));
    }
}
