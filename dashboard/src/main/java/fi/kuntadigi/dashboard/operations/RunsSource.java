package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.operations.RunRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The last runs of the batch jobs from their run records, with row counts summed over datasets. */
public final class RunsSource implements FigureSource {

    private static final int LIMIT = 20;

    @Override
    public Table load(DataAccess data, Filters filters) {
        List<List<Object>> rows = new ArrayList<>();
        for (RunRecord run : data.runs().newestFirst(LIMIT)) {
            List<RunRecord.DatasetCounts> datasets = run.datasets() == null ? List.of() : run.datasets();
            rows.add(Arrays.asList(run.runId(), run.job(), run.status(),
                    Times.moment(run.startedAt(), filters.lang()), Times.moment(run.finishedAt(), filters.lang()),
                    datasets.stream().mapToLong(RunRecord.DatasetCounts::read).sum(),
                    datasets.stream().mapToLong(RunRecord.DatasetCounts::published).sum(), run.quarantined()));
        }
        return new Table(List.of("run_id", "job", "status", "started_at", "finished_at", "rows_read", "rows_published",
                "rows_quarantined"), rows);
    }
}
