package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.dashboard.auth.Role;
import java.util.List;

/**
 * One figure of the dashboard: its data (API {@code /api/figures/ID}), chart, table and
 * summary. Titles and column headers come from the messages ({@code fig.ID.title}).
 *
 * @param id             stable key, also the API path
 * @param role           who may see it
 * @param marts          marts it reads (checked for presence and freshness first)
 * @param chart          how it is drawn
 * @param source         where its table comes from
 * @param suppressedFlag boolean column marking suppressed cells (shown as "withheld to protect respondents"), or null
 */
public record Figure(String id, Role role, List<String> marts, Chart chart, FigureSource source, String suppressedFlag) {

    public Figure {
        marts = List.copyOf(marts);
    }

    /** A figure of SQL over marts: it reads the marts its SQL names ({@code {mart:NAME}}). */
    public static Figure of(String id, Role role, Chart chart, String sql) {
        return new Figure(id, role, MartSql.marts(sql), chart, new Sql(sql), null);
    }

    public Figure suppressedBy(String column) {
        return new Figure(id, role, marts, chart, source, column);
    }

    /** The figure that reads no marts (its source checks the warehouse itself). */
    public static Figure ofWarehouse(String id, Role role, Chart chart, FigureSource source) {
        return new Figure(id, role, List.of(), chart, source, null);
    }
}
