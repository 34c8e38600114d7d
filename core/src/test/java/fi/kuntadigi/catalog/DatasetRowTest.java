package fi.kuntadigi.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dataset row is read by the catalog's columns, each read checked against the dataset's schema. */
class DatasetRowTest {

    /** The feedback pilot, as a row of datasets/pilots: no vendor, the Swedish name and start day as given. */
    private static DatasetRow feedbackPilot(String nameSv, Object start) {
        Map<String, Object> stored = new HashMap<>(Map.of("pilot_id", "feedback", "name_fi", "Palautepilotti",
                "name_en", "Feedback pilot", "end_date", LocalDate.of(2021, 10, 31)));
        stored.put("name_sv", nameSv);
        stored.put("start_date", start);
        return DatasetRow.of(Datasets.PILOTS, c -> stored.get(c.name()));
    }

    @Test
    void eachColumnIsReadByItsName() {
        DatasetRow row = feedbackPilot("Responspilot", LocalDate.of(2021, 3, 1));
        assertEquals("feedback", row.string("pilot_id"));
        assertEquals("Responspilot", row.string("name_sv"));
        assertEquals(LocalDate.of(2021, 3, 1), row.date("start_date"));
    }

    @Test
    void anOptionalColumnWithoutAValueReadsAsNull() {
        assertNull(feedbackPilot(null, LocalDate.of(2021, 3, 1)).string("vendor"));
    }

    @Test
    void aColumnTheCatalogDoesNotListIsNamedWithTheDatasetsColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feedbackPilot(null, LocalDate.of(2021, 3, 1)).string("pilot"));
        assertEquals("pilots has no column 'pilot'; its columns are " + Datasets.PILOTS.columnNames(), e.getMessage());
    }

    @Test
    void aColumnReadAsAnotherTypeThanTheCatalogsIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> feedbackPilot(null, LocalDate.of(2021, 3, 1)).string("start_date"));
        assertEquals("pilots.start_date is DATE in the catalog, not STRING", e.getMessage());
    }

    @Test
    void aStoredValueOfAnotherClassThanTheColumnsTypeIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> feedbackPilot(null, "2021-03-01").date("start_date"));
        assertEquals("pilots.start_date: expected LocalDate, got String 2021-03-01", e.getMessage());
    }

    @Test
    void aRequiredColumnWithoutAValueIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> feedbackPilot(null, null).date("start_date"));
        assertEquals("pilots.start_date: required value is null", e.getMessage());
    }
}
