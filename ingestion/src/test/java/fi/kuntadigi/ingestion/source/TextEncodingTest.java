package fi.kuntadigi.ingestion.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static TextEncoding.Detected detect(byte[] bytes) throws Exception {
        return TextEncoding.detect(new ByteArrayInputStream(bytes));
    }

    @Test
    void utf8WithoutBomIsUtf8() throws Exception {
        TextEncoding.Detected d = detect("Kunta;Määrä\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertFalse(d.bom());
    }

    @Test
    void utf8BomIsDetectedAndReported() throws Exception {
        byte[] body = "Kunta;Määrä\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        TextEncoding.Detected d = detect(bytes);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.bom());
    }

    @Test
    void windows1252ScandinavianLettersAreNotUtf8() throws Exception {
        TextEncoding.Detected d = detect("Kunta;Määrä\nJämijärvi;5\n".getBytes(TextEncoding.WINDOWS_1252));
        assertEquals(TextEncoding.WINDOWS_1252, d.charset());
    }

    @Test
    void invalidByteFarIntoTheFileStillSwitchesToWindows1252() throws Exception {
        byte[] ascii = "a,b\n".repeat(40_000).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[ascii.length + 1];
        System.arraycopy(ascii, 0, bytes, 0, ascii.length);
        bytes[ascii.length] = (byte) 0xE4; // ä in Windows-1252
        assertEquals(TextEncoding.WINDOWS_1252, detect(bytes).charset());
    }
}
