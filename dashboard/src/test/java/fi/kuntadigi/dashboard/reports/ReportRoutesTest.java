package fi.kuntadigi.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.dashboard.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report list and downloads read {@code _reports/}: the councillors' roadmaps for all, the pack for the steering group. */
class ReportRoutesTest {

    @TempDir
    static Path dir;
    private static TestServer server;
    private static final String RUN = "20261127T040000.000Z-ab12";

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        Path run = Files.createDirectories(server.warehouse().resolve("_reports").resolve(RUN));
        Files.writeString(run.resolve("steering-fi.pdf"), "%PDF-1.7 pack");
        Files.writeString(run.resolve("officials-230-fi.pdf"), "%PDF-1.7 Karvia");
        Files.writeString(run.resolve("not-listed.pdf"), "%PDF-1.7 not in the manifest");
        Files.writeString(run.resolve("report.json"), """
                {"run_id": "%s", "data_version": "20261127T033000.000Z-cd34", "computed_at": "2026-11-27T03:31:00Z",
                 "generated_at": "2026-11-27T04:00:00Z", "mail": null, "files": [
                  {"file": "steering-fi.pdf", "kind": "steering", "lang": "fi", "municipality": null,
                   "title": "Ohjausryhmän kokousaineisto", "pages": 19, "sha256": "x"},
                  {"file": "officials-230-fi.pdf", "kind": "officials", "lang": "fi", "municipality": "230",
                   "title": "Tiekartta valtuutetuille: Karvia", "pages": 1, "sha256": "y"}]}
                """.formatted(RUN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void publicListShowsTheCouncillorsRoadmapButNotThePack() throws Exception {
        String html = server.get(TestServer.client(), "/reports?lang=fi").body();
        assertTrue(html.contains("href=\"/reports/" + RUN + "/officials-230-fi.pdf\""), html);
        assertTrue(html.contains("Tiekartta valtuutetuille: Karvia"));
        assertFalse(html.contains("steering-fi.pdf"));
        assertTrue(html.contains("Aineistoversio 20261127T033000.000Z-cd34"));
    }

    @Test
    void steeringMemberSeesAndDownloadsThePack() throws Exception {
        HttpClient client = TestServer.client();
        server.login(client, "steering");
        assertTrue(server.get(client, "/reports?lang=fi").body().contains("href=\"/reports/" + RUN + "/steering-fi.pdf\""));
        HttpResponse<String> pdf = server.get(client, "/reports/" + RUN + "/steering-fi.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF-1.7 pack", pdf.body());
    }

    @Test
    void packSendsAnonymousVisitorsToTheLogin() throws Exception {
        HttpResponse<String> refused = server.get(TestServer.client(), "/reports/" + RUN + "/steering-fi.pdf");
        assertEquals(302, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").orElse("").startsWith("/login"), refused.headers().map().toString());
        assertFalse(refused.body().contains("%PDF"));
        assertEquals(200, server.get(TestServer.client(), "/reports/" + RUN + "/officials-230-fi.pdf").statusCode());
    }

    @Test
    void onlyFilesTheManifestListsAreServed() throws Exception {
        assertEquals(404, server.get(TestServer.client(), "/reports/" + RUN + "/not-listed.pdf").statusCode());
        assertEquals(404, server.get(TestServer.client(), "/reports/" + RUN + "/..%2Freport.json").statusCode());
        assertEquals(404, server.get(TestServer.client(), "/reports/20990101T000000Z-none/steering-fi.pdf").statusCode());
    }
}
