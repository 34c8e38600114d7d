package fi.kuntadigi.dashboard.operations;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.warehouse.Json;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last runs of the batch jobs from their run records, with row counts summed over datasets. */
public final class RunsSource implements FigureSource {

    private static final int LIMIT = 20;

    @Override
    public Table load(DataAccess data, Filters filters) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode run : data.runs().newestFirst(LIMIT)) {
            long read = 0;
            long published = 0;
            long quarantined = 0;
            for (JsonNode d : run.path("datasets")) {
                read += d.path("rows_read").asLong();
                published += d.path("rows_published").asLong();
                quarantined += d.path("rows_quarantined").asLong();
            }
            rows.add(Arrays.asList(Json.text(run, "run_id"), Json.text(run, "job"), Json.text(run, "status"),
                    Times.moment(Json.text(run, "started_at"), filters.lang()),
                    Times.moment(Json.text(run, "finished_at"), filters.lang()), read, published, quarantined));
        }
        return new Table(List.of("run_id", "job", "status", "started_at", "finished_at", "rows_read", "rows_published",
                "rows_quarantined"), rows);
    }
}
