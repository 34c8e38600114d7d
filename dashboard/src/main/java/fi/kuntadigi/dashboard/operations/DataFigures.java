package fi.kuntadigi.dashboard.operations;

import static fi.kuntadigi.dashboard.figures.Chart.Type.BAR;
import static fi.kuntadigi.dashboard.figures.Chart.Type.HBAR;

import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Chart;
import fi.kuntadigi.dashboard.figures.Figure;
import java.util.List;

/** Data and jobs, for analysts: runs, published datasets and marts, quarantined rows. */
public final class DataFigures {

    private DataFigures() {
    }

    public static List<Figure> all() {
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
