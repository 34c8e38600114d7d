package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing mart is a notice with the command to run, not an error page; an old one is flagged stale. */
class MissingMartsTest {

    @TempDir
    Path dir;

    @Test
    void missingAndStaleMartsSaySoAndHowToFix() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            delete(server.warehouse().resolve("marts/roadmap_schedule"));
            Files.writeString(server.warehouse().resolve("marts/roadmap_progress/_manifest.json"),
                    "{\"published_at\": \"2020-01-01T00:00:00Z\"}");
            var client = TestServer.client();
            var page = server.get(client, "/roadmap");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("koonti &#x27;roadmap_schedule&#x27; puuttuu"), page.body());
            assertTrue(page.body().contains("<code>bin/kuntadigi analyze</code>"));
            assertTrue(page.body().contains("koonti &#x27;roadmap_progress&#x27; on laskettu ennen viimeisintä"));
            var api = server.get(client, "/api/figures/roadmap.timeline");
            assertEquals(503, api.statusCode());
            assertTrue(api.body().contains("bin/kuntadigi analyze"));
        }
    }

    private static void delete(Path p) throws Exception {
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
