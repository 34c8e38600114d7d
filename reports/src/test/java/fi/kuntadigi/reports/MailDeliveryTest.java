package fi.kuntadigi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import fi.kuntadigi.catalog.ReportFiles;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.operations.RunIds;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.reports.run.ReportRequest;
import fi.kuntadigi.reports.run.ReportRun;
import fi.kuntadigi.testing.BundledWarehouse;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The steering pack mailed through a real (in-process) SMTP server, and a run whose server refuses. */
class MailDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dir;

    @Test
    void packArrivesAsAPdfAttachmentAndTheDeliveryIsInTheManifest() throws Exception {
        Path mail = settings(SMTP.getSmtp().getPort());
        ReportRun.Outcome outcome = run(mail);
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.message());
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertEquals(2, received.length, "one copy for each of the two recipients");
        Part pdf = attachment((Multipart) received[0].getContent(), "steering-fi.pdf");
        assertTrue(pdf.isMimeType("application/pdf"), pdf.getContentType());
        try (InputStream in = pdf.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
            assertEquals(Files.size(outcome.folder().orElseThrow().resolve("steering-fi.pdf")), bytes.length);
        }
        ReportFiles.Manifest manifest = new ObjectMapper().readValue(
                outcome.folder().orElseThrow().resolve(ReportFiles.MANIFEST).toFile(), ReportFiles.Manifest.class);
        assertEquals(ReportFiles.Delivery.SENT, manifest.mail().status());
        assertEquals(List.of("ohjausryhma@karvia.example", "hanke@kankaanpaa.example"), manifest.mail().to());
    }

    @Test
    void aServerThatCannotBeReachedFailsTheRunAndTheHistoryRecordsIt() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        ReportRun.Outcome outcome = run(settings(closed));
        assertEquals(ExitCodes.INTERNAL_ERROR, outcome.exitCode());
        assertTrue(outcome.message().contains("the mail server refused the steering pack: localhost:" + closed), outcome.message());
        Path runs = BundledWarehouse.ofThisJvm().resolve("_runs");
        Attempt last = new RunHistory(runs.resolve("history.jsonl")).all().stream()
                .filter(a -> a.runId().equals(outcome.folder().orElseThrow().getFileName().toString())).findFirst().orElseThrow();
        assertEquals("report", last.job());
        assertEquals(Attempt.FAILED, last.outcome());
        assertEquals(ExitCodes.INTERNAL_ERROR, last.exitCode());
        assertTrue(last.message().contains("localhost:" + closed), last.message());
        JsonNode record = new ObjectMapper().readTree(runs.resolve(last.runId() + ".json").toFile());
        assertEquals("failed", record.path("status").asText());
        assertEquals(ReportFiles.Delivery.FAILED, record.path("reports").path("mail").path("status").asText());
    }

    private ReportRun.Outcome run(Path mail) throws IOException, InterruptedException {
        return new ReportRun(new ReportRequest(BundledWarehouse.ofThisJvm(), Set.of(ReportFiles.STEERING), List.of(Lang.FI), null, mail,
                RunIds.next(Instant.now()), false, false)).run();
    }

    private Path settings(int port) throws IOException {
        return Files.writeString(dir.resolve("mail.properties"), """
                host = localhost
                port = %d
                security = none
                from = kuntadigi@kankaanpaa.example
                to = ohjausryhma@karvia.example, hanke@kankaanpaa.example
                """.formatted(port));
    }

    private static Part attachment(Multipart parts, String name) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                return part;
            }
        }
        throw new AssertionError("no attachment " + name);
    }
}
