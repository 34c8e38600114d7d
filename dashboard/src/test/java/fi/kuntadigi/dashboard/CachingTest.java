package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figure answers carry an entity tag of the warehouse version: the same version answers 304 to
 * a client that has it; a newly published mart shows at once with a new tag.
 */
class CachingTest {

    @TempDir
    Path dir;

    private static HttpResponse<String> get(TestServer server, HttpClient client, String path, String ifNoneMatch)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sameVersionAnswers304AndANewMartVersionShowsAtOnce() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            HttpClient client = TestServer.client();
            assertEquals(303, server.login(client, "steering").statusCode());
            String path = "/api/figures/pilots.feedback";

            HttpResponse<String> first = get(server, client, path, null);
            assertEquals(200, first.statusCode());
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.startsWith("W/\""), etag);
            assertEquals("no-store", first.headers().firstValue("Cache-Control").orElseThrow(), "it needs a login");
            assertTrue(first.body().contains("[\"Kankaanpää\",141,"), first.body());

            HttpResponse<String> again = get(server, client, path, etag);
            assertEquals(304, again.statusCode());
            assertEquals("", again.body());
            assertEquals(304, get(server, client, path, "\"other\", " + etag).statusCode(), "a list of tags");
            assertEquals(200, get(server, client, path, "W/\"other\"").statusCode());
            assertEquals(first.body(), get(server, client, path, null).body(), "the cached bytes");

            // Another user without the right role gets no 304 shortcut around the access check.
            assertEquals(401, get(server, TestServer.client(), path, etag).statusCode());

            publish(server.warehouse(), "pilot_feedback", """
                    select '214' as municipality_code, 'Kankaanpää' as municipality_name_fi, '214' as current_code,
                      'Kankaanpää' as current_name_fi, 11471 as population, 999::bigint as items_during,
                      90::bigint as items_before, 87.1 as items_per_1000, 0.8 as share_within_3_working_days,
                      0.6 as share_within_3_working_days_before""");

            HttpResponse<String> after = get(server, client, path, etag);
            assertEquals(200, after.statusCode(), "the old tag no longer matches");
            assertTrue(after.body().contains("[\"Kankaanpää\",999,"), after.body());
            String newTag = after.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(etag, newTag);
            assertEquals(304, get(server, client, path, newTag).statusCode());
        }
    }

    @Test
    void filtersKnowANewlyPublishedMunicipalityAtOnce() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            HttpClient client = TestServer.client();
            assertEquals(303, server.login(client, "steering").statusCode());
            String path = "/api/figures/pilots.feedback?municipality=079";
            assertEquals(400, get(server, client, path, null).statusCode());
            Path version = server.warehouse().resolve("_versions/municipalities/v2");
            Files.createDirectories(version);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                s.execute("copy (select * from read_parquet('" + server.warehouse().resolve("municipalities/*.parquet")
                        + "') union all select '079', 'Harjavalta', 'Harjavalta', null, 'Pori') to '" + version.resolve("part-0.parquet")
                        + "' (format parquet)");
            }
            Path link = server.warehouse().resolve("municipalities");
            try (Stream<Path> files = Files.walk(link)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            Files.createSymbolicLink(link, version);
            assertEquals(200, get(server, client, path, null).statusCode(), "read again when the warehouse publishes");
        }
    }

    /** Publishes a new version of a mart the way the batch jobs do: a new folder, then the mart's link swapped. */
    static void publish(Path warehouse, String mart, String select) throws Exception {
        Path version = warehouse.resolve("_versions/_marts/" + mart + "/v2");
        Files.createDirectories(version);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("copy (" + select + ") to '" + version.resolve("part-0.parquet") + "' (format parquet)");
        }
        Files.copy(warehouse.resolve("marts/" + mart + "/_manifest.json"), version.resolve("_manifest.json"));
        Path link = warehouse.resolve("marts/" + mart);
        try (Stream<Path> files = Files.walk(link)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        Files.createSymbolicLink(link, version);
    }
}
