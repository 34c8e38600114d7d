package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.Figure;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.warehouse.Duck;
import fi.kuntadigi.dashboard.warehouse.Freshness;
import fi.kuntadigi.dashboard.warehouse.RunRecords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every figure's SQL runs against marts written with exactly the columns and types of the
 * catalog ({@link Marts}): a renamed or retyped mart column fails here, not in front of a user.
 */
class MartsContractTest {

    @TempDir
    Path dir;

    @Test
    void everyFigureQueriesTheCataloguedMartSchemas() throws Exception {
        Warehouse warehouse = new Warehouse(dir);
        try (Duck duck = new Duck(); Connection writer = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = writer.createStatement()) {
            for (DatasetSchema mart : Marts.all()) {
                Files.createDirectories(warehouse.mart(mart.name()));
                String columns = mart.columns().stream().map(c -> "cast(null as " + sqlType(c) + ") as \"" + c.name() + "\"")
                        .collect(Collectors.joining(", "));
                statement.execute("copy (select " + columns + " where false) to '"
                        + warehouse.mart(mart.name()).resolve("part-0.parquet") + "' (format parquet)");
            }
            // the reference datasets figures join: labels (the channel-year mart carries codes only; the sensitivity sentences
            // name services and municipalities in Swedish too), joint actions' participants
            for (DatasetSchema dataset : List.of(Datasets.CHANNELS, Datasets.SERVICES, Datasets.MUNICIPALITIES,
                    Datasets.ROADMAP_ACTIONS)) {
                Files.createDirectories(warehouse.dataset(dataset.name()));
                String columns = dataset.columns().stream().map(c -> "cast(null as " + sqlType(c) + ") as \"" + c.name() + "\"")
                        .collect(Collectors.joining(", "));
                statement.execute("copy (select " + columns + " where false) to '"
                        + warehouse.dataset(dataset.name()).resolve("part-0.parquet") + "' (format parquet)");
            }
            RunRecords runs = new RunRecords(warehouse);
            FigureService service = new FigureService(new DataAccess(duck, warehouse, runs), new Freshness(warehouse, runs),
                    DashboardFigures.catalog());
            for (Figure figure : service.catalog().all()) {
                for (Lang lang : Lang.values()) {
                    Filters filters = new Filters(lang, "214", 2021, "education", Map.of("volume", 0.5));
                    assertDoesNotThrow(() -> service.load(figure, filters), figure.id());
                    assertDoesNotThrow(() -> service.load(figure, Filters.defaults(lang)), figure.id());
                }
            }
        }
    }

    private static String sqlType(Column c) {
        return c.type().sqlType();
    }
}
