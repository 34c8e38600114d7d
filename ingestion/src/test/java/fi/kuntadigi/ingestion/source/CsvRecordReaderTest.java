package fi.kuntadigi.ingestion.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.operations.UnusableInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {

    @TempDir
    Path tmp;

    @Test
    void readsWindows1252SemicolonExportWithFinnishLetters() throws Exception {
        Path file = tmp.resolve("karvia.csv");
        Files.writeString(file, "Kunta;Palvelu;Määrä\nJämijärvi;Kirjasto;12,5\n", TextEncoding.WINDOWS_1252);
        try (RecordReader reader = RecordReader.open(file, "transactions/karvia.csv")) {
            assertEquals(List.of("Kunta", "Palvelu", "Määrä"), reader.header());
            RawRecord record = reader.next();
            assertArrayEquals(new String[] {"Jämijärvi", "Kirjasto", "12,5"}, record.fields());
            assertEquals(2, record.line());
            assertNull(reader.next());
        }
    }

    @Test
    void bomIsNotPartOfTheFirstHeader() throws Exception {
        Path file = tmp.resolve("bom.csv");
        byte[] body = "kunta,arvo\n214,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        try (RecordReader reader = RecordReader.open(file, "bom.csv")) {
            assertEquals("kunta", reader.header().get(0));
        }
    }

    @Test
    void lineNumbersCountPhysicalLinesAcrossQuotedLineBreaks() throws Exception {
        Path file = tmp.resolve("notes.csv");
        Files.writeString(file, "id,note\n1,\"two\nlines\"\n2,plain\n");
        try (RecordReader reader = RecordReader.open(file, "notes.csv")) {
            assertEquals(2, reader.next().line());
            assertEquals(4, reader.next().line());
        }
    }

    @Test
    void delimiterIsTheMostFrequentSeparatorOfTheHeader() {
        assertEquals(';', CsvRecordReader.sniffDelimiter("Kunta;Palvelu;\"Määrä, kpl\""));
        assertEquals(',', CsvRecordReader.sniffDelimiter("a,b,c"));
        assertEquals('\t', CsvRecordReader.sniffDelimiter("a\tb\tc"));
    }

    @Test
    void emptyFileIsUnusableWithItsName() throws Exception {
        Path file = tmp.resolve("empty.csv");
        Files.writeString(file, "");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> RecordReader.open(file, "transactions/empty.csv"));
        assertTrue(e.getMessage().startsWith("transactions/empty.csv: is empty"), e.getMessage());
    }

    @Test
    void oldExcelWorkbookIsUnusableWithTheFix() throws Exception {
        Path file = tmp.resolve("old.csv");
        Files.write(file, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> RecordReader.open(file, "surveys/old.csv"));
        assertEquals("surveys/old.csv: is an old Excel .xls workbook; save it as .xlsx or as CSV and load it again", e.getMessage());
    }
}
