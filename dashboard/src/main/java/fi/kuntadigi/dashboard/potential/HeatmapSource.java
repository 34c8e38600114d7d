package fi.kuntadigi.dashboard.potential;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.warehouse.Sources;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The potential heat map: services down, municipalities across, the index in the cells. The
 * national grid (110 services x 308 municipalities) is unreadable as one picture and its old
 * 40-municipality cut was ~60 kB of JSON and 4 400 table rows, so the map shows a scope a
 * reader can take in, and the filters reach every cell:
 * <ul>
 * <li>municipalities: with a municipality chosen, it and the other municipalities of its
 *     region (reference data), at most {@value #MUNICIPALITIES}; without, the
 *     {@value #MUNICIPALITIES} with the highest mean index;</li>
 * <li>services: with a sector chosen, every service of the sector; without, the
 *     {@value #SERVICES} with the highest mean index over the municipalities shown.</li>
 * </ul>
 * Services are listed by mean index, highest first; municipalities the chosen one first, then
 * by mean index.
 */
final class HeatmapSource implements FigureSource {

    static final int MUNICIPALITIES = 12;
    static final int SERVICES = 15;

    @Override
    public Table load(DataAccess data, Filters filters) {
        String index = MartSql.mart(Marts.POTENTIAL_INDEX, data.warehouse());
        String sector = filters.sector();
        List<Object> params = new ArrayList<>();
        String scope;
        if (filters.municipality() != null) {
            List<String> peers = new ArrayList<>(region(data, filters.municipality()));
            peers.remove(filters.municipality());
            peers.add(0, filters.municipality());
            scope = "current_code in (" + String.join(", ", Collections.nCopies(peers.size(), "?")) + ")";
            params.addAll(peers);
        } else {
            scope = "true";
        }
        params.add(filters.municipality());
        params.addAll(Collections.nCopies(4, sector));
        params.add(sector == null ? SERVICES : Integer.MAX_VALUE);
        String sql = """
                with scoped as (
                  select * from %s where %s),
                municipalities as (
                  select current_code, row_number() over (order by current_code = cast(? as varchar) desc,
                                                                 avg(index_value) desc, current_code) as m_order
                  from scoped where (cast(? as varchar) is null or sector = cast(? as varchar))
                  group by current_code order by m_order limit %d),
                services as (
                  select service_code, row_number() over (order by avg(index_value) desc, service_code) as s_order
                  from scoped join municipalities using (current_code)
                  where (cast(? as varchar) is null or sector = cast(? as varchar))
                  group by service_code order by s_order limit cast(? as bigint))
                select service_name_{lang} as service, current_name_fi as municipality, round(avg(index_value), 1) as index_value
                from scoped join municipalities using (current_code) join services using (service_code)
                group by service_code, service_name_{lang}, current_code, current_name_fi, s_order, m_order
                order by s_order, m_order""".formatted(index, scope, MUNICIPALITIES);
        return data.duck().query(Sources.expand(sql, data.warehouse(), filters.lang().labelLanguage()), params);
    }

    /** Current municipalities of the chosen one's region, from the reference data (just it when there is none). */
    private static List<String> region(DataAccess data, String municipality) {
        if (!Files.isDirectory(data.warehouse().dataset(Datasets.MUNICIPALITIES.name()))) {
            return List.of(municipality);
        }
        String municipalities = MartSql.dataset(Datasets.MUNICIPALITIES, data.warehouse());
        Table t = data.duck().query("""
                select municipality_code from %1$s
                where successor_code is null and region = (select region from %1$s where municipality_code = ?)
                order by municipality_code""".formatted(municipalities), List.of(municipality));
        List<String> codes = new ArrayList<>();
        t.column("municipality_code").forEach(c -> codes.add((String) c));
        return codes.isEmpty() ? List.of(municipality) : codes;
    }
}
