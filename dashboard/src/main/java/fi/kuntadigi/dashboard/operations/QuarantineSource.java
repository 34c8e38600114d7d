package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The published quarantine of every dataset: rows not loaded, with file, line, column, value
 * and reason. {@link #summary()} counts them per dataset and reason; {@link #rows()} lists them.
 */
public final class QuarantineSource implements FigureSource {

    private static final List<String> SUMMARY = List.of("dataset", "reason", "rows");
    private static final List<String> ROWS = List.of("dataset", "file", "line", "column", "value", "reason");

    private final boolean summary;

    private QuarantineSource(boolean summary) {
        this.summary = summary;
    }

    public static QuarantineSource summary() {
        return new QuarantineSource(true);
    }

    public static QuarantineSource rows() {
        return new QuarantineSource(false);
    }

    @Override
    public Table load(DataAccess data, Filters filters) {
        List<String> globs = Datasets.all().stream().map(DatasetSchema::name)
                .map(data.warehouse()::quarantine).filter(QuarantineSource::hasParquet)
                .map(p -> p.resolve("*.parquet").toString()).toList();
        if (globs.isEmpty()) {
            return Table.empty(summary ? SUMMARY : ROWS);
        }
        String from = "(" + String.join(" union all by name ", globs.stream()
                .map(g -> "select * from " + MartSql.readParquet(g)).toList()) + ")";
        String sql = summary
                ? "select dataset, reason, count(*) as rows from " + from + " group by all order by rows desc, dataset, reason"
                : "select dataset, file, line, \"column\", value, reason from " + from + " order by dataset, file, line limit 200";
        return data.duck().query(sql, List.of());
    }

    private static boolean hasParquet(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
