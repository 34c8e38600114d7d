package fi.kuntadigi.analytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.catalog.Marts;
import java.util.List;
import org.junit.jupiter.api.Test;

class MartRowTest {

    private static MartRow budgetRow() {
        return MartRow.of(Marts.COST_BUDGET_ACTUAL)
                .set("category", "travel")
                .set("category_name_fi", "Matkakulut")
                .set("category_name_en", "Travel")
                .set("category_name_sv", "Resekostnader")
                .set("budget_cents", 100_000L)
                .set("actual_cents", 80_000L)
                .set("variance_cents", -20_000L)
                .set("variance_pct", -20.0)
                .set("utilisation_pct", 80.0);
    }

    @Test
    void aCompleteRowKeepsEachValueInItsColumn() {
        MartRow row = budgetRow().complete();
        assertEquals(-20_000L, row.get("variance_cents"));
        assertEquals("Matkakulut", row.get("category_name_fi"));
    }

    @Test
    void anUnknownColumnIsRefusedWithTheMartsColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> budgetRow().set("budget", 1L));
        assertEquals("cost_budget_actual has no column 'budget'; its columns are " + Marts.COST_BUDGET_ACTUAL.columnNames(),
                e.getMessage());
    }

    @Test
    void aMissingColumnIsNamedWhenTheTableIsMade() {
        MartRow row = MartRow.of(Marts.COST_BUDGET_ACTUAL).set("category", "travel");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MartTable.of(Marts.COST_BUDGET_ACTUAL, List.of(row)));
        assertEquals("cost_budget_actual: no value set for [category_name_fi, category_name_en, category_name_sv, "
                + "budget_cents, actual_cents, variance_cents, variance_pct, utilisation_pct] (set an optional column left "
                + "empty to null)",
                e.getMessage());
    }

    @Test
    void aRequiredColumnTakesNoNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> budgetRow().set("actual_cents", null));
        assertEquals("cost_budget_actual.actual_cents: required value is null", e.getMessage());
    }

    @Test
    void anOptionalColumnSetToNullCompletesTheRow() {
        MartRow row = budgetRow().set("utilisation_pct", null).complete();
        assertEquals(null, row.get("utilisation_pct"));
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> budgetRow().set("budget_cents", 1000));
        assertEquals("cost_budget_actual.budget_cents: expected Long, got Integer 1000", e.getMessage());
    }

    @Test
    void aValueOutsideTheAllowedOnesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MartRow.of(Marts.DATA_QUALITY_FINDINGS).set("severity", "fatal"));
        assertEquals("data_quality_findings.severity: 'fatal' not in [info, warning]", e.getMessage());
    }

    @Test
    void aRowOfAnotherMartIsRefusedByTheTable() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> MartTable.of(Marts.COST_FUNDING_SPLIT, List.of(budgetRow())));
        assertEquals("cost_funding_split: got a row of cost_budget_actual", e.getMessage());
    }
}
