package fi.kuntadigi.dashboard.maturity;

import static fi.kuntadigi.dashboard.figures.Chart.Type.BAR;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** Maturity per municipality, sector and dimension: start and end round, target. */
public final class MaturityFigures {

    private MaturityFigures() {
    }

    public static List<Figure> all() {
        return List.of(
                Figure.of("maturity.index", Role.STEERING, Chart.of(BAR, "municipality", "start_index", "end_index", "target_index"), """
                        select municipality_name_fi as municipality,
                               round(max(case when round_id = '2021-start' then index_value end), 1) as start_index,
                               round(max(case when round_id = '2021-end' then index_value end), 1) as end_index,
                               round(max(target_index), 1) as target_index
                        from {mart:maturity_index}
                        where sector = coalesce(:sector, 'all')
                          and (:municipality is null or current_code = :municipality)
                        group by municipality_code, municipality_name_fi order by municipality_name_fi"""),
                Figure.of("maturity.sectors", Role.STEERING, Chart.of(BAR, "sector", "start_index", "end_index", "target_index"), """
                        select sector_name_{lang} as sector,
                               round(avg(case when round_id = '2021-start' then index_value end), 1) as start_index,
                               round(avg(case when round_id = '2021-end' then index_value end), 1) as end_index,
                               round(avg(target_index), 1) as target_index
                        from {mart:maturity_index}
                        where sector <> 'all' and current_code = coalesce(:municipality, '214')
                        group by sector, sector_name_{lang} order by sector"""),
                Figure.of("maturity.dimensions", Role.STEERING, Chart.of(BAR, "dimension", "start_level", "end_level", "target_level"), """
                        select dimension_name_{lang} as dimension,
                               round(avg(case when round_id = '2021-start' then level end), 2) as start_level,
                               round(avg(case when round_id = '2021-end' then level end), 2) as end_level,
                               round(avg(target_level), 2) as target_level,
                               round(avg(case when round_id = '2021-end' then gap end), 2) as gap
                        from {mart:maturity_dimension}
                        where (:municipality is null or current_code = :municipality)
                          and (:sector is null or sector = :sector)
                        group by dimension_id, dimension_name_{lang} order by dimension_id"""));
    }
}
