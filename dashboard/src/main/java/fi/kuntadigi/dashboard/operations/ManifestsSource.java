package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.warehouse.PublishedVersion;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One row per catalogued dataset or mart from its published manifest: run, rows, age in hours
 * (data freshness); absent ones say so.
 */
public final class ManifestsSource implements FigureSource {

    private final List<DatasetSchema> schemas;
    private final BiFunction<Warehouse, String, Path> folder;

    private ManifestsSource(List<DatasetSchema> schemas, BiFunction<Warehouse, String, Path> folder) {
        this.schemas = List.copyOf(schemas);
        this.folder = folder;
    }

    public static ManifestsSource datasets() {
        return new ManifestsSource(Datasets.all(), Warehouse::dataset);
    }

    public static ManifestsSource marts() {
        return new ManifestsSource(Marts.all(), Warehouse::mart);
    }

    @Override
    public Table load(DataAccess data, Filters filters) {
        Instant now = Instant.now();
        Messages texts = Messages.of(filters.lang());
        List<List<Object>> rows = new ArrayList<>();
        for (DatasetSchema schema : schemas) {
            Optional<PublishedVersion> manifest = PublishedVersion.in(folder.apply(data.warehouse(), schema.name()));
            Double ageHours = manifest.map(v -> Math.round(Duration.between(v.published(), now).toMinutes() / 6.0) / 10.0)
                    .orElse(null);
            rows.add(Arrays.asList(name(schema.name(), texts), texts.get("source." + schema.source()),
                    manifest.isPresent() ? "published" : "missing",
                    manifest.map(PublishedVersion::runId).orElse(null),
                    manifest.map(v -> Times.moment(v.publishedAt(), filters.lang())).orElse(null), ageHours,
                    manifest.map(PublishedVersion::rowsPublished).orElse(null),
                    manifest.map(PublishedVersion::rowsQuarantined).orElse(null)));
        }
        return new Table(List.of("dataset", "source", "state", "run_id", "published_at", "age_hours", "rows_published",
                "rows_quarantined"), rows);
    }

    /** A dataset's or mart's name as a row's heading: its label, first letter capital ("Säästöt"); the name itself if it has none. */
    private static String name(String dataset, Messages texts) {
        if (texts.has("dataset." + dataset)) {
            return texts.get("dataset." + dataset);
        }
        return texts.code(dataset).map(label -> label.substring(0, 1).toUpperCase(texts.lang().locale()) + label.substring(1))
                .orElse(dataset);
    }
}
