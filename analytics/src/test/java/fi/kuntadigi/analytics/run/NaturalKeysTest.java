package fi.kuntadigi.analytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import fi.kuntadigi.ingestion.testing.TestSpark;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class NaturalKeysTest {

    private static MartRow capacity(String owner, int year, int used) {
        return MartRow.of(Marts.ROADMAP_CAPACITY).set("owner", owner).set("year", year)
                .set("capacity_person_days", 40).set("used_person_days", used)
                .set("capacity_cents", 0L).set("used_cents", 0L);
    }

    @Test
    void distinctKeysPass() {
        NaturalKeys.check(Marts.ROADMAP_CAPACITY, List.of(capacity("214", 2022, 10), capacity("214", 2023, 10),
                capacity("JOINT", 2022, 5)));
    }

    @Test
    void aRepeatedKeyFailsNamingTheMartTheKeyAndItsValues() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> NaturalKeys.check(
                Marts.ROADMAP_CAPACITY, List.of(capacity("214", 2022, 10), capacity("608", 2022, 3),
                        capacity("214", 2022, 12))));
        assertEquals("roadmap_capacity: the natural key (owner, year) is not unique: [214, 2022] on 2 rows. "
                + "Each key must be on one row; the roadmap computation repeats it, so roadmap_capacity was not published.",
                e.getMessage());
    }

    @Test
    void aRepeatedKeyInASparkMartFailsToo() {
        List<Row> rows = List.of(
                RowFactory.create("JOINT", 2022, 40, 10, 0L, 0L),
                RowFactory.create("JOINT", 2022, 40, 12, 0L, 0L),
                RowFactory.create("JOINT", 2023, 40, 12, 0L, 0L));
        Dataset<Row> frame = TestSpark.session().createDataFrame(rows, SparkSchemas.of(Marts.ROADMAP_CAPACITY));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> NaturalKeys.check(Marts.ROADMAP_CAPACITY, frame));
        assertEquals("roadmap_capacity: the natural key (owner, year) is not unique: [JOINT, 2022] on 2 rows. "
                + "Each key must be on one row; the roadmap computation repeats it, so roadmap_capacity was not published.",
                e.getMessage());
    }
}
