package fi.kuntadigi.operations.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.operations.UnusableInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {

    @TempDir
    Path tmp;

    private Inbox inbox(long maxBytes) {
        return new Inbox(tmp.resolve("inbox"), maxBytes);
    }

    private static ByteArrayInputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void csvIsStoredUnderANameTheInboxChoosesWithItsMetadata() throws Exception {
        Inbox.Received r = inbox(1 << 20).receive("transactions", "../../etc/Karvia kesäkuu.csv", text("a,b\n1,2\n"));

        assertTrue(r.file().matches("\\d{8}-\\d{6}-[0-9a-f]{6}\\.csv"), r.file());
        assertEquals("Karvia kesäkuu.csv", r.originalName());
        assertEquals(8, r.bytes());
        assertEquals(List.of(tmp.resolve("inbox/transactions").resolve(r.file())), inbox(1 << 20).pending("transactions"));
        assertTrue(Files.exists(tmp.resolve("inbox/transactions").resolve(r.file() + ".json")));
    }

    @Test
    void typeIsJudgedByContentNotByName() {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> inbox(1 << 20).receive("survey_responses", "answers.csv",
                        new ByteArrayInputStream(xls)));
        assertEquals("answers.csv: is an old Excel .xls workbook; save it as .xlsx or as CSV and load it again", e.getMessage());
        assertEquals(Inbox.Refused.Reason.NOT_AN_EXPORT, ((Inbox.Refused) e).reason());
        assertTrue(inbox(1 << 20).pending("survey_responses").isEmpty());
    }

    @Test
    void fileOverTheLimitIsRefusedAndNotKept() {
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> inbox(1 << 20).receive("transactions", "big.csv", new ByteArrayInputStream(new byte[(1 << 20) + 1])));
        assertEquals("big.csv: is larger than the inbox limit of 1 MiB; split the export (e.g. one file per year) and send the parts",
                e.getMessage());
        assertEquals(Inbox.Refused.Reason.TOO_LARGE, ((Inbox.Refused) e).reason());
        assertTrue(inbox(1 << 20).pending("transactions").isEmpty());
    }

    @Test
    void unknownDatasetIsRefused() {
        UnusableInputException e = assertThrows(UnusableInputException.class,
                () -> inbox(1 << 20).receive("weather", "x.csv", text("a\n1\n")));
        assertTrue(e.getMessage().startsWith("unknown dataset 'weather'; choose one of municipalities, "), e.getMessage());
        assertEquals(Inbox.Refused.Reason.UNKNOWN_DATASET, ((Inbox.Refused) e).reason());
    }

    @Test
    void archivingMovesTheFileAndItsMetadataAndDeletesNothing() throws Exception {
        Inbox inbox = inbox(1 << 20);
        Inbox.Received r = inbox.receive("transactions", "x.csv", text("a\n1\n"));
        Path pending = inbox.pending("transactions").get(0);

        Path archived = inbox.archive("run-1", "transactions", pending);

        assertEquals(tmp.resolve("inbox/archive/run-1/transactions").resolve(r.file()), archived);
        assertEquals("a\n1\n", Files.readString(archived));
        assertTrue(Files.exists(archived.resolveSibling(r.file() + ".json")));
        assertFalse(Files.exists(pending));
    }
}
