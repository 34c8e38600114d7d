package fi.kuntadigi.ingestion.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.testing.Duck;
import fi.kuntadigi.ingestion.testing.Fixtures;
import fi.kuntadigi.ingestion.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestRunTest {

    @TempDir
    Path tmp;

    private RunRecord ingest(Path datasets, Warehouse warehouse, String... sources) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new IngestRun(TestSpark.session(), new PrintStream(out, true, "UTF-8"), false)
                .run(new IngestRun.Options(datasets, warehouse, List.of(sources)));
    }

    @Test
    void loadsEverySourceKindOfTheMinimalFixture() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));
        Warehouse warehouse = new Warehouse(tmp.resolve("warehouse"));

        RunRecord run = ingest(datasets, warehouse);

        assertEquals(RunRecord.SUCCEEDED, run.status());
        assertEquals(21, run.datasets().size());
        for (RunRecord.DatasetCounts c : run.datasets()) {
            assertEquals(c.read(), c.published() + c.quarantined(), c.dataset());
        }
        assertEquals(0L, run.quarantined());
        assertEquals(47L, Duck.value("select sum(transactions)::bigint from read_parquet('" + warehouse.parquetGlob("transactions")
                + "', hive_partitioning = true)"));
        assertEquals("Kankaanpää", Duck.value("select name_fi from read_parquet('" + warehouse.parquetGlob("municipalities")
                + "') where municipality_code = '214'"));
        assertEquals(3L, Duck.value("select count(*) from read_parquet('" + warehouse.parquetGlob("survey_responses")
                + "')"));
    }
}
