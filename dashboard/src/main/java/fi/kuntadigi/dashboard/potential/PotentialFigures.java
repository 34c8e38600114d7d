package fi.kuntadigi.dashboard.potential;

import static fi.kuntadigi.dashboard.figures.Chart.Type.BAR;
import static fi.kuntadigi.dashboard.figures.Chart.Type.HBAR;
import static fi.kuntadigi.dashboard.figures.Chart.Type.HEATMAP;
import static fi.kuntadigi.dashboard.figures.Chart.Type.LINE;
import static fi.kuntadigi.dashboard.figures.Chart.Type.RANGE;
import static fi.kuntadigi.dashboard.figures.Chart.Type.STACKED;

import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** Transactions, the digital-potential index with its uncertainty, savings alone and shared. */
public final class PotentialFigures {

    private PotentialFigures() {
    }

    private static final String FILTERS = """
            (:municipality is null or current_code = :municipality) and (:sector is null or sector = :sector)""";

    public static List<Figure> all() {
        return List.of(
                Figure.of("potential.top", Role.STEERING, Chart.of(HBAR, "service", "index_value"), """
                        select service_name_{lang} as service, round(avg(index_value), 1) as index_value
                        from {mart:potential_index} where %s
                        group by service_code, service_name_{lang} order by index_value desc, service limit 10""".formatted(FILTERS)),
                new Figure("potential.heatmap", Role.STEERING, List.of(Marts.POTENTIAL_INDEX.name()),
                        Chart.of(HEATMAP, "municipality", "service", "index_value"), new HeatmapSource(), null),
                Figure.of("potential.ranking", Role.STEERING, Chart.of(RANGE, "label", "rank_p05", "rank", "rank_p95"), """
                        select rank, service_name_{lang} || ' – ' || municipality_name_{names} as label,
                               round(index_value, 1) as index_value,
                               floor(mc_rank_p05)::integer as rank_p05, mc_median_rank as rank_median, ceil(mc_rank_p95)::integer as rank_p95,
                               legal_obligation
                        from {mart:potential_index} where %s
                        order by rank, label limit 25""".formatted(FILTERS)),
                Figure.of("potential.savings", Role.STEERING, Chart.of(BAR, "service", "net_alone_eur", "net_shared_eur"), """
                        select service_name_{lang} as service,
                               round(sum(gross_saving_cents) / 100.0) as gross_saving_eur,
                               round(sum(saved_person_years), 2) as person_years,
                               round(sum(net_benefit_alone_cents) / 100.0) as net_alone_eur,
                               round(sum(net_benefit_shared_cents) / 100.0) as net_shared_eur,
                               sum(case when sharing_turns_positive then 1 else 0 end) as turns_positive
                        from {mart:potential_savings} where %s
                        group by service_code, service_name_{lang} order by gross_saving_eur desc, service limit 12""".formatted(FILTERS)),
                Figure.of("potential.weights", Role.STEERING, Chart.of(HBAR, "indicator", "weight"), """
                        select indicator_id, indicator_name_{lang} as indicator, round(avg(weight), 3) as weight
                        from {mart:potential_indicators} group by indicator_id, indicator_name_{lang} order by indicator_id"""),
                new Figure("potential.sensitivity", Role.STEERING, List.of(Marts.POTENTIAL_SENSITIVITY.name(),
                        Marts.POTENTIAL_INDEX.name()), Chart.none(), new SensitivitySource(), null),
                new Figure("potential.whatif", Role.STEERING, List.of(Marts.POTENTIAL_INDICATORS.name(), Marts.POTENTIAL_INDEX.name(),
                        Marts.POTENTIAL_METHOD.name()),
                        Chart.of(HBAR, "label", "whatif_index"), new WhatIfSource(), null),
                Figure.of("transactions.history", Role.STEERING, Chart.of(STACKED, "year", "transactions").bySeries("recorded_as"), """
                        select year, municipality_name_{names} as recorded_as, sum(transactions) as transactions,
                               sum(digital_transactions) as digital_transactions
                        from {mart:potential_service_year}
                        where current_code = coalesce(:municipality, '214') and (:sector is null or sector = :sector)
                        group by all order by year, recorded_as"""),
                Figure.of("transactions.channels", Role.STEERING, Chart.of(HBAR, "channel", "transactions"), """
                        select coalesce(c.name_{lang}, c.name_fi, t.channel_code) as channel, sum(t.transactions) as transactions,
                               round(sum(t.cost_cents) / 100.0) as cost_eur, bool_or(t.digital) as digital
                        from {mart:potential_channel_year} t
                          left join {dataset:channels} c on c.channel_code = t.channel_code
                        where t.current_code = coalesce(:municipality, '214')
                          and t.year = coalesce(:year, (select max(year) from {mart:potential_channel_year}))
                        group by t.channel_code, c.name_{lang}, c.name_fi order by transactions desc, channel"""),
                Figure.of("transactions.take_up", Role.STEERING, Chart.of(LINE, "year", "digital_share_pct"), """
                        select year, round(100.0 * sum(digital_transactions) / nullif(sum(transactions), 0), 1) as digital_share_pct,
                               sum(transactions) as transactions
                        from {mart:potential_service_year} where %s
                        group by year order by year""".formatted(FILTERS)));
    }
}
