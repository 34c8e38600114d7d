package fi.kuntadigi.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mart SQL for DuckDB: each placeholder becomes the published files of a catalogued name; any other name fails. */
class MartSqlTest {

    private final Warehouse warehouse = new Warehouse(Path.of("/wh"));

    @Test
    void aQualifiedMartAndDatasetBecomeTheirPublishedFiles() {
        assertEquals("select * from read_parquet('/wh/marts/potential_index/**/*.parquet', hive_partitioning = true)"
                        + " join read_parquet('/wh/channels/**/*.parquet', hive_partitioning = true) using (x)",
                MartSql.expand("select * from {mart:potential_index} join {dataset:channels} using (x)", warehouse));
    }

    @Test
    void aShortNameIsAMartElseADataset() {
        assertEquals("read_parquet('/wh/marts/pilot_feedback/**/*.parquet', hive_partitioning = true)"
                        + " read_parquet('/wh/roadmap_actions/**/*.parquet', hive_partitioning = true)",
                MartSql.expand("{pilot_feedback} {roadmap_actions}", warehouse));
    }

    @Test
    void aNameNotInTheCatalogIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MartSql.expand("select * from {mart:potential_indexx}", warehouse));
        assertEquals("no mart named 'potential_indexx' in the catalog (fi.kuntadigi.catalog.Marts, Datasets)", e.getMessage());
    }

    @Test
    void aDatasetIsNotReadAsAMart() {
        assertThrows(IllegalArgumentException.class, () -> MartSql.expand("{mart:channels}", warehouse));
    }

    @Test
    void theMartsASqlReadsAreListedOnceInOrder() {
        assertEquals(List.of("potential_channel_year", "potential_index"), MartSql.marts(
                "{mart:potential_channel_year} {dataset:channels} {mart:potential_index} {mart:potential_channel_year}"));
    }

    @Test
    void aQuoteInTheWarehousePathStaysInsideTheLiteral() {
        assertEquals("read_parquet('/w''h/marts/cost_budget_actual/**/*.parquet', hive_partitioning = true)",
                MartSql.mart(Marts.COST_BUDGET_ACTUAL, new Warehouse(Path.of("/w'h"))));
    }
}
