package fi.kuntadigi.ingestion.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.catalog.ColumnType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ValueParsersTest {

    @Test
    void decimalCommaAndSpaceGroupingAreFinnishNumbers() throws Exception {
        assertEquals(1234.5, ValueParsers.parse(ColumnType.DOUBLE, "1 234,5"));
        assertEquals(1234.5, ValueParsers.parse(ColumnType.DOUBLE, "1\u00A0234,5"));
        assertEquals(1234.5, ValueParsers.parse(ColumnType.DOUBLE, "1.234,5"));
        assertEquals(1234.5, ValueParsers.parse(ColumnType.DOUBLE, "1,234.5"));
        assertEquals(12.5, ValueParsers.parse(ColumnType.DOUBLE, "12.5"));
    }

    @Test
    void wholeNumbersAcceptSpreadsheetZeroDecimals() throws Exception {
        assertEquals(12_000_000L, ValueParsers.parse(ColumnType.LONG, "12 000 000"));
        assertEquals(141, ValueParsers.parse(ColumnType.INT, "141,0"));
    }

    @Test
    void fractionInAWholeNumberColumnIsRejected() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.parse(ColumnType.INT, "12,5"));
        assertEquals("is not a whole number; write digits only, e.g. 1250", e.getMessage());
    }

    @Test
    void finnishAndIsoDatesAndMonths() throws Exception {
        assertEquals(LocalDate.of(2021, 12, 31), ValueParsers.parse(ColumnType.DATE, "31.12.2021"));
        assertEquals(LocalDate.of(2021, 3, 5), ValueParsers.parse(ColumnType.DATE, "5.3.2021"));
        assertEquals(LocalDate.of(2021, 12, 31), ValueParsers.parse(ColumnType.DATE, "2021-12-31"));
        assertEquals(LocalDate.of(2021, 3, 1), ValueParsers.parse(ColumnType.DATE, "2021-03"));
        assertEquals(LocalDate.of(2021, 3, 1), ValueParsers.parse(ColumnType.DATE, "3/2021"));
    }

    @Test
    void impossibleDateSaysSo() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ValueParsers.parse(ColumnType.DATE, "31.2.2021"));
        assertEquals("is not a real date (Invalid date 'FEBRUARY 31')", e.getMessage());
    }

    @Test
    void finnishTimestampsWithColonOrDot() throws Exception {
        assertEquals(LocalDateTime.of(2021, 4, 6, 9, 5), ValueParsers.parse(ColumnType.TIMESTAMP, "6.4.2021 9:05"));
        assertEquals(LocalDateTime.of(2021, 4, 6, 9, 5), ValueParsers.parse(ColumnType.TIMESTAMP, "6.4.2021 klo 9.05"));
        assertEquals(LocalDateTime.of(2021, 4, 6, 9, 5, 30), ValueParsers.parse(ColumnType.TIMESTAMP, "2021-04-06T09:05:30"));
    }

    @Test
    void booleansInFinnishAndEnglish() throws Exception {
        assertEquals(true, ValueParsers.parse(ColumnType.BOOLEAN, "Kyllä"));
        assertEquals(false, ValueParsers.parse(ColumnType.BOOLEAN, "ei"));
        assertEquals(true, ValueParsers.parse(ColumnType.BOOLEAN, "TRUE"));
        assertThrows(InvalidValueException.class, () -> ValueParsers.parse(ColumnType.BOOLEAN, "ehkä"));
    }
}
