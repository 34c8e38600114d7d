package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.Warehouse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class MartReaderTest {

    private final MartReader reader = new MartReader(new Warehouse(Path.of("/wh")));

    @Test
    void namesBecomeParquetSourcesOfMartsAndDatasets() {
        String sql = reader.expand("SELECT * FROM {pilot_feedback} JOIN {roadmap_actions} USING (x)");
        assertTrue(sql.contains("read_parquet('/wh/marts/pilot_feedback/**/*.parquet', hive_partitioning = true)"), sql);
        assertTrue(sql.contains("read_parquet('/wh/roadmap_actions/**/*.parquet'"), sql);
    }

    @Test
    void unknownNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> reader.expand("SELECT * FROM {no_such_mart}"));
    }

    @Test
    void sumsAndDecimalsArriveAsTablesawNumbers() {
        Table t = reader.query("SELECT sum(x) AS s, CAST(1.5 AS DECIMAL(4,1)) AS d FROM range(4) r(x)");
        assertEquals(ColumnType.LONG, t.column("s").type());
        assertEquals(6L, t.longColumn("s").get(0));
        assertEquals(1.5, t.doubleColumn("d").get(0));
    }
}
