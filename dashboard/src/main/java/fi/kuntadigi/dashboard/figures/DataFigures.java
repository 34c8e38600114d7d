package fi.kuntadigi.dashboard.figures;

import static fi.kuntadigi.dashboard.figures.Chart.Type.BAR;
import static fi.kuntadigi.dashboard.figures.Chart.Type.HBAR;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.jobs.ManifestsSource;
import fi.kuntadigi.dashboard.jobs.QuarantineSource;
import fi.kuntadigi.dashboard.jobs.RunsSource;
import java.util.List;

/** Data and jobs, for analysts: runs, published datasets and marts, quarantined rows. */
final class DataFigures {

    private DataFigures() {
    }

    static List<Figure> all() {
        return List.of(
                Figure.ofWarehouse("data.runs", Role.ANALYST, Chart.of(BAR, "started_at", "rows_published", "rows_quarantined"),
                        new RunsSource()),
                Figure.ofWarehouse("data.datasets", Role.ANALYST, Chart.of(HBAR, "dataset", "rows_published"),
                        ManifestsSource.datasets()),
                Figure.ofWarehouse("data.quarantine", Role.ANALYST, Chart.of(HBAR, "dataset", "rows"), QuarantineSource.summary()),
                Figure.ofWarehouse("data.quarantine_rows", Role.ANALYST, Chart.none(), QuarantineSource.rows()),
                Figure.ofWarehouse("data.marts", Role.ANALYST, Chart.of(HBAR, "dataset", "rows_published"), ManifestsSource.marts()));
    }
}
