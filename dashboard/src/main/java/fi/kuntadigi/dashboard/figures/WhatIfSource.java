package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Sources;
import fi.kuntadigi.dashboard.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recomputes the digital-potential index on the server with the user's weights: a weighted
 * mean of the normalised indicators (weights rescaled to sum to 1), ranked, next to the
 * published rank. Indicators without a given weight keep their configured weight.
 */
final class WhatIfSource implements FigureSource {

    @Override
    public Table load(DataAccess data, Filters filters) {
        List<Object> values = new ArrayList<>();
        StringBuilder given = new StringBuilder("select cast(null as varchar) as indicator_id, cast(null as double) as w where false");
        for (Map.Entry<String, Double> e : filters.weights().entrySet()) {
            given.append(" union all select ?, ?");
            values.add(e.getKey());
            values.add(e.getValue());
        }
        values.add(filters.municipality());
        values.add(filters.municipality());
        String indicators = Sources.readParquet(data.warehouse().martGlob("potential_indicators"));
        String index = Sources.readParquet(data.warehouse().martGlob("potential_index"));
        String label = filters.lang().labelLanguage();
        String sql = """
                with given as (%s),
                scored as (
                  select i.municipality_code, i.service_code,
                         100 * sum(i.normalised * coalesce(g.w, i.weight)) / nullif(sum(coalesce(g.w, i.weight)), 0) as score
                  from %s i left join given g using (indicator_id)
                  where (cast(? as varchar) is null or i.current_code = cast(? as varchar))
                  group by all)
                select rank() over (order by s.score desc, p.service_name_%s, p.municipality_name_fi) as whatif_rank,
                       p.service_name_%s || ' – ' || p.municipality_name_fi as label,
                       round(s.score, 1) as whatif_index, p.rank as published_rank,
                       p.rank - rank() over (order by s.score desc, p.service_name_%s, p.municipality_name_fi) as rank_change
                from scored s join %s p using (municipality_code, service_code)
                order by whatif_rank limit 25""".formatted(given, indicators, label, label, label, index);
        return data.duck().query(sql, values);
    }
}
