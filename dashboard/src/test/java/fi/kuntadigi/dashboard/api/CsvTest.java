package fi.kuntadigi.dashboard.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV downloads: a text cell a spreadsheet would run as a formula is made plain text (OWASP CSV injection). */
class CsvTest {

    @Test
    void everyFormulaStartIsDefused() {
        List<List<Object>> rows = List.of(
                List.of("=1+1"), List.of("+1"), List.of("-1"), List.of("@SUM(A1)"), List.of("\t=1"), List.of("\r=1"),
                List.of("\n=1"), List.of("\0=1"), List.of("\uFF1D1"), List.of(-5), List.of("Kankaanpää"));
        String csv = Csv.of(new Table(List.of("cell"), rows));
        assertEquals("cell\r\n'=1+1\r\n'+1\r\n'-1\r\n'@SUM(A1)\r\n'\t=1\r\n\"'\r=1\"\r\n\"'\n=1\"\r\n'\0=1\r\n'\uFF1D1\r\n-5\r\n"
                + "Kankaanpää\r\n", csv);
    }
}
