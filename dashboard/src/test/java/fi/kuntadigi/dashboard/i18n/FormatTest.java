package fi.kuntadigi.dashboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values as the page's language writes them: one number of decimals per column, quarters, Helsinki times. */
class FormatTest {

    private static final String NBSP = "\u00a0";

    @Test
    void aColumnShowsAsManyDecimalsAsItsMostPreciseValue() {
        List<Object> positivePct = Arrays.asList(37.0, 34.9, null, 81.15);
        assertEquals(2, Format.fractionDigits(positivePct));
        assertEquals(1, Format.fractionDigits(List.of(37.0, 34.9)));
        assertEquals("37,0", Format.cell("positive_pct", 37.0, Lang.FI, Format.fractionDigits(List.of(37.0, 34.9))));
    }

    @Test
    void finnishNumbersGroupWithASpaceAndUseADecimalComma() {
        assertEquals("12" + NBSP + "345,6", Format.cell("budget_eur", 12345.6, Lang.FI, 1));
        assertEquals("12,345.6", Format.cell("budget_eur", 12345.6, Lang.EN, 1));
    }

    @Test
    void quartersAreWrittenAsTheLanguageDoes() {
        assertEquals("1. nelj. 2022", Format.cell("start_quarter", "2022Q1", Lang.FI, 0));
        assertEquals("Q4 2025", Format.cell("end_quarter", "2025Q4", Lang.EN, 0));
    }

    @Test
    void timesAreShownInHelsinkiTime() {
        // 04:57 UTC on 27 November is 6.57 in Helsinki (UTC+2 in winter)
        String fi = Format.cell("published_at", "2026-11-27T04:57:09.633962388Z", Lang.FI, 0);
        assertTrue(fi.startsWith("27.11.2026") && fi.endsWith("6.57"), fi);
        String en = Format.cell("published_at", "2026-07-01T21:30:00Z", Lang.EN, 0);
        assertTrue(en.startsWith("2 Jul 2026") && en.contains("00:30"), "British English, Helsinki summer time: " + en);
    }
}
