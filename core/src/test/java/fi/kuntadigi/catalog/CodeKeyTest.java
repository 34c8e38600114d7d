package fi.kuntadigi.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodeKeyTest {

    // expected values: `printf CODE | sha256sum`, first 16 hex digits read as a signed 64-bit number
    @Test
    void isTheFirstEightBytesOfTheCodesSha256() {
        assertEquals(0x14af76dae51eda5dL, CodeKey.of("rakennuslupa"));
        assertEquals(0x1f36840d36b81cccL, CodeKey.of("web_form"));
        assertEquals(-9211109827506790739L, CodeKey.of("214"), "802b906a18591ead, negative as a signed long");
    }

    @Test
    void keepsLeadingZerosApart() {
        assertTrue(CodeKey.of("099") != CodeKey.of("99"));
    }

    @Test
    void keyColumnIsNamedAfterItsCodeColumnAndNotInExports() {
        DatasetSchema tx = Datasets.TRANSACTIONS;
        assertEquals("service_code", tx.column("service_key").orElseThrow().keyOf());
        assertEquals(ColumnType.LONG, tx.column("municipality_key").orElseThrow().type());
        assertTrue(tx.columnNames().containsAll(List.of("municipality_key", "service_key", "channel_key")));
        assertEquals(List.of("municipality_code", "service_code", "channel_code", "month", "year", "transactions",
                "handling_minutes", "synthetic"), tx.exportColumnNames());
    }

    @Test
    void aKeyNeedsARequiredCodeColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DatasetSchema("x", "x", 1, "x",
                List.of(Column.optional("thing_code", ColumnType.STRING, "optional"), Column.keyOf("thing_code")),
                List.of(), List.of(), null));
        assertEquals("x: key column thing_key needs a required column thing_code", e.getMessage());
    }
}
