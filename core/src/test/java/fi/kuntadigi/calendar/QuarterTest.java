package fi.kuntadigi.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void plusCrossesTheYear() {
        assertEquals(Quarter.parse("2022Q2"), Quarter.parse("2021Q4").plus(2));
    }

    @Test
    void readsAsEachLanguageWritesIt() {
        Quarter q = Quarter.parse("2023Q1");
        assertEquals("1. nelj. 2023", q.fi());
        assertEquals("1 kv. 2023", q.sv());
        assertEquals("Q1 2023", q.en());
    }

    @Test
    void ordersByTime() {
        assertTrue(Quarter.parse("2023Q1").isAfter(Quarter.parse("2022Q4")));
    }

    @Test
    void rejectsAMalformedQuarter() {
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse("2022Q5"));
    }
}
