package fi.kuntadigi.dashboard.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.dashboard.TestServer;
import fi.kuntadigi.operations.RunLock;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch jobs in the real dashboard over real HTTP: the run history, starting a run (roles,
 * CSRF, a held lock), watching it, and uploading an export with its dry run by the real command line.
 */
class OperationsTest {

    static final long MAX_UPLOAD = 1 << 20;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpClient steering;
    static HttpClient analyst;
    static Path inbox;

    @BeforeAll
    static void start() throws Exception {
        List<String> launcher = TestLauncher.write(dir, 1.5);
        inbox = dir.resolve("inbox");
        server = new TestServer(dir, ops -> ops.withLauncher(launcher)
                .withFolders(Path.of("../datasets").toAbsolutePath().normalize(), inbox).withMaxUploadBytes(MAX_UPLOAD));
        steering = TestServer.client();
        analyst = TestServer.client();
        assertEquals(303, server.login(steering, "steering").statusCode());
        assertEquals(303, server.login(analyst, "analyst").statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String token(HttpClient client) throws Exception {
        return TestServer.csrfToken(server.get(client, "/roadmap").body());
    }

    private static JsonNode json(HttpClient client, String path) throws Exception {
        HttpResponse<String> r = server.get(client, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void historyApiJoinsEachAttemptWithItsRunRecordNewestFirst() throws Exception {
        JsonNode runs = json(analyst, "/api/runs/history").get("runs");
        JsonNode seeded = null;
        for (JsonNode r : runs) {
            if (r.get("run_id").asText().equals("20210101T000000Z-test")) {
                seeded = r;
            }
        }
        assertTrue(seeded != null, runs.toString());
        assertEquals("nightly-ingest", seeded.get("job").asText());
        assertEquals("succeeded_with_quarantine", seeded.get("status").asText());
        assertEquals(3, seeded.get("exit_code").asInt());
        assertEquals(21, seeded.get("rows_read").asInt());
        assertEquals(1, seeded.get("rows_quarantined").asInt());
        assertEquals("20210101T000000Z-test", seeded.get("manifest_id").asText());
        for (int i = 1; i < runs.size(); i++) {
            assertTrue(runs.get(i - 1).get("started_at").asText().compareTo(runs.get(i).get("started_at").asText()) >= 0,
                    "newest first");
        }
        assertEquals(403, server.get(steering, "/api/runs/history").statusCode());
        assertEquals(401, server.get(TestServer.client(), "/api/runs/history").statusCode());
        assertTrue(server.get(TestServer.client(), "/api/openapi.yaml").body().contains("/api/runs/history"));
    }

    @Test
    void aRunFromTheCommandLineWithARecordButNoAttemptIsInTheHistoryLinkedToItsPage() throws Exception {
        Files.writeString(server.warehouse().resolve("_runs/20261127T045709Z-cli1.json"), """
                {"run_id": "20261127T045709Z-cli1", "job": "analyze", "status": "succeeded",
                 "started_at": "2026-11-27T04:57:09.633962388Z", "finished_at": "2026-11-27T04:58:10Z", "datasets": []}
                """);
        JsonNode cli = null;
        for (JsonNode r : json(analyst, "/api/runs/history").get("runs")) {
            cli = r.get("run_id").asText().equals("20261127T045709Z-cli1") ? r : cli;
        }
        assertTrue(cli != null, "the run is in the history");
        assertEquals("succeeded", cli.get("status").asText());
        String fi = server.get(analyst, "/data?lang=fi").body();
        assertTrue(fi.contains("<a href=\"/data/runs/20261127T045709Z-cli1?lang=fi\">20261127T045709Z-cli1</a></th><td>analyysi</td>"
                + "<td>27.11.2026 klo 6.57.09</td>"), "linked, its start in Finnish time as a Finn writes it");
        assertTrue(server.get(analyst, "/data?lang=en").body().contains("<td>27 Nov 2026, 06:57:09</td>"), "and in English as written in Finland");
    }

    @Test
    void historyIsAnAccessibleTableOnTheDataView() throws Exception {
        String fi = server.get(analyst, "/data").body();
        assertTrue(fi.contains("<caption>Ajohistoria</caption>"), "caption");
        assertTrue(fi.contains("<th scope=\"col\">Paluuarvo</th>"), "column headers");
        assertTrue(fi.contains("<a href=\"/data/runs/20210101T000000Z-test?lang=fi\">20210101T000000Z-test</a>"), "run link");
        assertTrue(fi.contains("onnistui, rivejä karanteenissa"), "outcome in Finnish");
        String en = server.get(analyst, "/data?lang=en").body();
        assertTrue(en.contains("<caption>Run history</caption>") && en.contains("succeeded, rows quarantined"));
        for (String path : new String[] {"/data", "/data?lang=en", "/data/runs/20210101T000000Z-test",
                "/data/runs/20210101T000000Z-test?lang=en"}) {
            assertFalse(server.get(analyst, path).body().contains(">ops."), "a message key without its text on " + path);
        }
        assertFalse(fi.contains("Ajoja ei ole vielä kirjattu."), "never 'no runs' under a table of runs");
        assertFalse(fi.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*"), "no raw ISO time where people read");
        String page = server.get(analyst, "/data/runs/20210101T000000Z-test?lang=en").body();
        assertTrue(page.contains("Exit status 3: published, but some rows were quarantined."), page);
        assertTrue(page.contains("run_published"), "log line");
    }

    @Test
    void startingARunNeedsTheAnalystRoleAndTheCsrfToken() throws Exception {
        assertEquals(403, server.post(steering, "/data/runs", "job=ingest&_csrf=" + token(steering)).statusCode());
        assertEquals(403, server.post(analyst, "/data/runs", "job=ingest").statusCode());
        assertEquals(403, server.post(analyst, "/data/runs", "job=ingest&_csrf=forged").statusCode());
        assertEquals(403, server.post(TestServer.client(), "/data/runs", "job=ingest").statusCode());
        assertEquals(400, server.post(analyst, "/data/runs", "job=drop&_csrf=" + token(analyst)).statusCode());
    }

    @Test
    void anUnknownJobIsABadRequestPageNamingItInThePagesLanguage() throws Exception {
        HttpResponse<String> r = server.post(analyst, "/data/runs?lang=fi", "job=drop&_csrf=" + token(analyst));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Tuntematon työ &#x27;drop&#x27;. Sallitut: ingest, analyze, both."), r.body());
        assertTrue(r.body().contains("<html lang=\"fi\">"), "a page of the site");
        assertFalse(r.body().contains("<a href=\"/data/runs?lang=fi\">"), "no link to a page the form posts to");
    }

    @Test
    void aBadHistoryLimitIsABadRequestAnsweredAsJson() throws Exception {
        HttpResponse<String> r = server.get(analyst, "/api/runs/history?limit=many");
        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(400, body.get("status").asInt());
        assertEquals("limit 'many' must be a whole number from 1 to 10000", body.get("error").asText());
    }

    @Test
    void aStartedRunCanBeWatchedToItsEndAndIsRecordedInTheHistory() throws Exception {
        HttpResponse<String> started = server.post(analyst, "/data/runs?lang=fi", "job=both&_csrf=" + token(analyst));
        assertEquals(303, started.statusCode(), started.body());
        String location = started.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/data/runs/\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{4}\\?lang=fi"), location);
        String id = location.substring("/data/runs/".length(), location.indexOf('?'));

        HttpResponse<String> again = server.post(analyst, "/data/runs?lang=fi", "job=ingest&_csrf=" + token(analyst));
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("sama työ on jo käynnissä"), again.body());

        String page = server.get(analyst, location).body();
        assertTrue(page.contains("role=\"status\"") && page.contains("src=\"/assets/js/operations.js\""), page);
        assertTrue(page.contains("data-done=\"false\""), "running");

        JsonNode progress = awaitDone(id);
        assertEquals(2, progress.get("steps").size());
        for (JsonNode step : progress.get("steps")) {
            assertEquals("finished", step.get("state").asText());
            assertEquals(3, step.get("exit_code").asInt());
            assertEquals("julkaistiin, mutta osa riveistä jäi karanteeniin", step.get("exit_meaning").asText());
            assertEquals(List.of("run_started", "dataset_loaded", "run_published"),
                    Stream.of(JSON.treeToValue(step.get("events"), JsonNode[].class)).map(e -> e.get("event").asText()).toList());
        }
        assertEquals("ingest", progress.get("steps").get(0).get("job").asText());
        assertEquals("analyze", progress.get("steps").get(1).get("job").asText());

        String done = server.get(analyst, "/data/runs/" + id + "/progress?lang=fi").body();
        assertTrue(done.contains("data-done=\"true\"") && done.contains("Paluuarvo 3"), done);

        JsonNode history = json(analyst, "/api/runs/history").get("runs");
        JsonNode ingest = null;
        for (JsonNode r : history) {
            if (r.get("run_id").asText().equals(id)) {
                ingest = r;
            }
        }
        assertTrue(ingest != null, "recorded: " + history);
        assertEquals("ingest", ingest.get("job").asText());
        assertEquals("succeeded_with_quarantine", ingest.get("status").asText());
        assertEquals(17, ingest.get("rows_published").asInt());
        assertEquals(id, ingest.get("manifest_id").asText());
    }

    @Test
    void aJobWhoseLockALiveProcessHoldsIsRefused() throws Exception {
        try (RunLock held = RunLock.acquire(server.warehouse().resolve("_locks"), "analyze")) {
            HttpResponse<String> r = server.post(analyst, "/data/runs?lang=en", "job=analyze&_csrf=" + token(analyst));
            assertEquals(409, r.statusCode());
            assertTrue(r.body().contains("the same job is already running: another analyze run is in progress (process "
                    + ProcessHandle.current().pid()), r.body());
            assertTrue(r.body().contains("role=\"alert\""));
        }
    }

    private static JsonNode awaitDone(String id) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end) {
            JsonNode p = json(analyst, "/api/runs/" + id);
            if (p.get("done").asBoolean()) {
                return p;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("run " + id + " did not finish");
    }

    // ---- uploads ----

    private static HttpResponse<String> upload(HttpClient client, String csrf, String dataset, String name, byte[] content)
            throws Exception {
        String boundary = "----kd" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (csrf != null) {
            field(body, boundary, "_csrf", csrf);
        }
        field(body, boundary, "dataset", dataset);
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"export\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(server.url("/data/uploads?lang=fi")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) throws Exception {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static List<Path> stored(String dataset) throws Exception {
        Path folder = inbox.resolve(dataset);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void assertNothingLeft(String dataset) throws Exception {
        assertEquals(List.of(), stored(dataset));
        Path incoming = inbox.resolve(".incoming");
        if (Files.isDirectory(incoming)) {
            try (Stream<Path> files = Files.list(incoming)) {
                assertEquals(List.of(), files.toList(), "no partial upload");
            }
        }
    }

    @Test
    void anUploadNeedsTheAnalystRoleAndTheCsrfToken() throws Exception {
        byte[] csv = "document,kind,category,item,amount_cents\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(403, upload(analyst, null, "funding_split", "a.csv", csv).statusCode());
        assertEquals(403, upload(steering, token(steering), "funding_split", "a.csv", csv).statusCode());
        assertNothingLeft("funding_split");
    }

    @Test
    void anUploadTooLargeIsRefusedByItsLengthAndLeavesNothing() throws Exception {
        HttpResponse<String> r = upload(analyst, token(analyst), "stated_totals", "big.csv", new byte[(int) MAX_UPLOAD * 2]);
        assertEquals(413, r.statusCode());
        assertTrue(r.body().contains("Tiedosto on liian suuri: enintään 1 Mt."), r.body());
        assertNothingLeft("stated_totals");
    }

    @Test
    void anUploadJustOverTheLimitIsRefusedWhileStreamingAndLeavesNothing() throws Exception {
        byte[] content = new byte[(int) MAX_UPLOAD + 10];
        Arrays.fill(content, (byte) 'a');
        HttpResponse<String> r = upload(analyst, token(analyst), "stated_totals", "big.csv", content);
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(r.body().contains("Tiedosto on liian suuri"), r.body());
        assertNothingLeft("stated_totals");
    }

    @Test
    void anOldExcelFileIsRefusedByItsContentWhateverItsName() throws Exception {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        HttpResponse<String> r = upload(analyst, token(analyst), "survey_questions", "answers.csv", xls);
        assertEquals(415, r.statusCode());
        assertTrue(r.body().contains("Tiedosto ei ole CSV- eikä XLSX-tiedosto"), r.body());
        assertTrue(r.body().contains("old Excel .xls"), "the detail says why");
        assertNothingLeft("survey_questions");
    }

    @Test
    void anUnknownDatasetIsRefused() throws Exception {
        HttpResponse<String> r = upload(analyst, token(analyst), "weather", "w.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tuntematon aineisto (weather)"), r.body());
        assertFalse(Files.isDirectory(inbox.resolve("weather")));
    }

    @Test
    void aGoodUploadIsStoredUnderTheServersNameAndItsDryRunShowsTheQuarantinedRowWithItsReason() throws Exception {
        assumeTrue(TestLauncher.realCommandLineBuilt(), "the dry run needs the command line built by the analytics module"
                + " (./mvnw verify builds it before the dashboard)");
        byte[] csv = """
                document,kind,category,item,amount_cents
                final_report_2021,actual,other_operating,dashboard_test_a,1000
                final_report_2021,actual,other_operating,dashboard_test_b,-5
                """.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = upload(analyst, token(analyst), "cost_lines", "../../Karvia kulut.csv", csv);
        assertEquals(303, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches("/data/uploads/cost_lines/\\d{8}-\\d{6}-[0-9a-f]{6}\\.csv\\?lang=fi"), location);
        String name = location.substring("/data/uploads/cost_lines/".length(), location.indexOf('?'));
        assertTrue(Files.isRegularFile(inbox.resolve("cost_lines").resolve(name)));
        assertTrue(Files.isRegularFile(inbox.resolve("cost_lines").resolve(name + ".json")));

        String page = server.get(analyst, location).body();
        assertTrue(page.contains("2 riviä: 1 julkaistaisiin, 1 jäisi karanteeniin."), page);
        assertTrue(page.contains("<h2>Liian pieni arvo: 1 riviä</h2>"), "the reason's name in Finnish: " + page);
        assertTrue(page.contains("<th scope=\"row\">3</th><td>amount_cents</td><td>-5</td>"
                + "<td>amount_cents: -5 on pienempi kuin pienin sallittu arvo 0.</td>"), "the reason in Finnish with its values");
        assertTrue(page.contains("Lähetetty tiedosto: Karvia kulut.csv"), "original name shown");
        assertTrue(page.contains("Mitään ei ole vielä julkaistu."));
        assertTrue(page.contains("<h1>Koeajo: Kustannusrivit</h1>"), "the dataset by its label, not its id");
        assertTrue(server.get(analyst, "/data").body().contains("href=\"/data/uploads/cost_lines/" + name + "?lang=fi\">"
                + "Kustannusrivit: Karvia kulut.csv</a>"), "listed as waiting by its original name, linked to its dry run");
        assertTrue(Files.isRegularFile(inbox.resolve(".checks/cost_lines").resolve(name + ".json")), "the verdict is kept");
        String en = server.get(analyst, location.replace("lang=fi", "lang=en")).body();
        assertTrue(en.contains("2 rows: 1 would be published, 1 would be quarantined."), en);
        assertTrue(en.contains("amount_cents: -5 is below the smallest allowed value 0."), en);
        HttpResponse<String> rows = server.get(analyst, location.replace("?lang=fi", "/rows.csv?lang=fi"));
        assertEquals(200, rows.statusCode());
        assertEquals("line,column,value,reason_code,reason\n3,amount_cents,'-5,below_min,"
                + "amount_cents '-5' is below the smallest allowed value 0\n", rows.body().replace("\r\n", "\n"));
    }

    /** Stores an export in the inbox as the upload route would, without its 1 MiB test limit. */
    private static String seed(String dataset, String original, String content) throws Exception {
        String name = "20261127-0600%02d-%06x.csv".formatted((int) (Math.random() * 60), (int) (Math.random() * 0xffffff));
        Path folder = Files.createDirectories(inbox.resolve(dataset));
        Files.writeString(folder.resolve(name), content);
        Files.writeString(folder.resolve(name + ".json"), JSON.writeValueAsString(Map.of("dataset", dataset,
                "file", name, "original_name", original, "sha256", "-", "bytes", content.length(), "received_at",
                "2026-11-27T06:00:00Z")));
        return name;
    }

    @Test
    void aHundredThousandBadRowsDryRunWithinABoundedVerdictAndPage() throws Exception {
        assumeTrue(TestLauncher.realCommandLineBuilt(), "the dry run needs the command line built by the analytics module");
        StringBuilder csv = new StringBuilder("document,kind,category,item,amount_cents\n");
        for (int i = 0; i < 100_000; i++) {
            csv.append("final_report_2021,actual,other_operating,bulk_").append(i).append(",-").append(i + 1).append('\n');
        }
        String name = seed("cost_lines", "iso.csv", csv.toString());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();

        HttpResponse<String> r = server.get(analyst, "/data/uploads/cost_lines/" + name + "?lang=fi");

        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("100\u00a0000 riviä: 0 julkaistaisiin, 100\u00a0000 jäisi karanteeniin."), r.body());
        assertTrue(r.body().contains("<caption>Ensimmäiset 20 riviä 100\u00a0000:stä</caption>"), "a sample per reason");
        long verdict = Files.size(inbox.resolve(".checks/cost_lines").resolve(name + ".json"));
        System.out.printf("dry run of %,d bad rows (%,d bytes): verdict %,d bytes, page %,d chars, heap %,d -> %,d bytes%n",
                100_000, csv.length(), verdict, r.body().length(), before, after);
        assertTrue(verdict < 20_000, "the kept verdict holds the sample only: " + verdict + " bytes");
        assertTrue(r.body().length() < 60_000, "the page holds the sample only: " + r.body().length() + " chars");
        HttpResponse<InputStream> rows = analyst.send(HttpRequest.newBuilder(
                URI.create(server.url("/data/uploads/cost_lines/" + name + "/rows.csv"))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new BufferedReader(new InputStreamReader(rows.body(), StandardCharsets.UTF_8)).lines()) {
            assertEquals(100_001, lines.count(), "the download has every row");
        }
    }

    @Test
    void aRunFromAnUploadThatWouldPublishNothingAsksForConfirmation() throws Exception {
        String name = seed("cost_lines", "kaikki väärin.csv",
                "document,kind,category,item,amount_cents\nfinal_report_2021,actual,other_operating,x,-1\n");
        Path checks = Files.createDirectories(inbox.resolve(".checks/cost_lines"));
        Files.writeString(checks.resolve(name + ".json"), """
                {"dataset": "cost_lines", "rows": 1, "published": 0, "quarantined": 1, "reasons": [], "rows_csv": null,
                 "outside_period": {"rows": 0}}
                """); // the dry run's kept verdict (the dry run itself: aGoodUpload…)
        String page = server.get(analyst, "/data/uploads/cost_lines/" + name + "?lang=fi").body();
        assertTrue(page.contains("Tästä tiedostosta ei julkaistaisi yhtään riviä."), page);
        int runs = json(analyst, "/api/runs/history").get("runs").size();

        HttpResponse<String> r = server.post(analyst, "/data/runs?lang=fi",
                "job=ingest&upload=cost_lines/" + name + "&_csrf=" + token(analyst));

        assertEquals(409, r.statusCode(), r.body());
        assertTrue(r.body().contains("Käynnistetäänkö ajo silti?") && r.body().contains("name=\"confirm\" value=\"yes\""),
                r.body());
        assertEquals(runs, json(analyst, "/api/runs/history").get("runs").size(), "nothing started");
    }

    @Test
    void anUploadIsWithdrawnToTheArchiveWithWhoAndWhyAndNothingDeleted() throws Exception {
        String name = seed("stated_totals", "<b>väärä</b> vuosi.csv", "a,b\n1,2\n");
        String data = server.get(analyst, "/data?lang=fi").body();
        assertTrue(data.contains("Ilmoitetut kokonaissummat: &lt;b&gt;väärä&lt;/b&gt; vuosi.csv"), "original name, escaped");
        String withdraw = "/data/uploads/stated_totals/" + name + "/withdraw?lang=fi";
        assertEquals(422, server.post(analyst, withdraw, "reason=&_csrf=" + token(analyst)).statusCode(), "a reason is required");
        assertEquals(403, server.post(steering, withdraw, "reason=x&_csrf=" + token(steering)).statusCode());

        HttpResponse<String> r = server.post(analyst, withdraw, "reason=v%C3%A4%C3%A4r%C3%A4+vuosi&_csrf=" + token(analyst));

        assertEquals(303, r.statusCode(), r.body());
        assertFalse(Files.exists(inbox.resolve("stated_totals").resolve(name)), "out of the next run");
        Path archived = inbox.resolve("archive/withdrawn/stated_totals");
        assertEquals("a,b\n1,2\n", Files.readString(archived.resolve(name)), "kept, not deleted");
        JsonNode record = JSON.readTree(archived.resolve(name + ".withdrawn.json").toFile());
        assertEquals("analyst", record.get("withdrawn_by").asText());
        assertEquals("väärä vuosi", record.get("reason").asText());
        assertEquals("<b>väärä</b> vuosi.csv", record.get("original_name").asText());
        assertTrue(Files.readString(inbox.resolve("archive/withdrawn/withdrawals.jsonl")).contains("\"file\":\"" + name + "\""));
        String page = server.get(analyst, r.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(page.contains("Tiedosto &lt;b&gt;väärä&lt;/b&gt; vuosi.csv on peruttu: analyst perui sen"), page);
        assertFalse(server.get(analyst, "/data?lang=fi").body().contains(name), "no longer waiting");
    }

    @Test
    void requestValuesEchoedByTheOperationsRoutesAreEscaped() throws Exception {
        String tag = "%3Cimg%20src=x%20onerror=alert(1)%3E";
        for (String path : new String[] {"/data/runs/" + tag, "/data/uploads/cost_lines/" + tag, "/api/runs/" + tag}) {
            HttpResponse<String> r = server.get(analyst, path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("<img"), path + ": " + r.body());
        }
        HttpResponse<String> r = upload(analyst, token(analyst), "<img src=x onerror=alert(1)>", "a.csv",
                "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("Tuntematon aineisto (&lt;img src=x onerror=alert(1)&gt;)"), r.body());
    }
    @Test
    void anUploadWhoseRowsDuplicateEarlierOnesCanBeChosenAsACorrectionAndThenListsWhatItWouldReplace() throws Exception {
        String name = seed("transactions", "kankaanpää korjattu.csv", "municipality_code,month\n214,2021-01-01\n");
        Path checks = Files.createDirectories(inbox.resolve(".checks/transactions"));
        Files.writeString(checks.resolve(name + ".json"), """
                {"dataset": "transactions", "rows": 3, "published": 0, "quarantined": 3, "reasons": [{"code": "duplicate",
                 "count": 3, "sample": []}], "rows_csv": null, "outside_period": {"rows": 0}}
                """); // the dry run's kept verdict (the replacing itself: IngestRunTest)
        String page = server.get(analyst, "/data/uploads/transactions/" + name + "?lang=fi").body();
        assertTrue(page.contains("Korvaa aiemmat rivit tällä korjauksella"), page);

        HttpResponse<String> r = server.post(analyst, "/data/uploads/transactions/" + name + "/replace?lang=fi",
                "_csrf=" + token(analyst));

        assertEquals(303, r.statusCode(), r.body());
        assertTrue(Files.isRegularFile(inbox.resolve("transactions").resolve(name + ".replace.json")), "the choice is kept");
        assertFalse(Files.exists(checks.resolve(name + ".json")), "the dry run runs again, as a correction");
        Files.writeString(checks.resolve(name + ".json"), """
                {"dataset": "transactions", "rows": 3, "published": 3, "quarantined": 0, "reasons": [], "rows_csv": null,
                 "outside_period": {"rows": 0}, "replaced": {"rows": 3, "by_municipality_month": [
                 {"municipality_code": "214", "month": "2021-01-01", "rows": 2}, {"municipality_code": "214", "month": "2021-02-01", "rows": 1}],
                 "sample": [{"file": "transactions/214.csv", "line": 2, "record": "214,building_permit,paper,2021-01-01,2021,10,450,true"}]}}
                """);
        String corrected = server.get(analyst, "/data/uploads/transactions/" + name + "?lang=fi").body();
        assertTrue(corrected.contains("se korvaisi 3 aiempaa riviä"), corrected);
        assertTrue(corrected.contains("<th scope=\"row\">214</th><td>1.1.2021</td><td class=\"num\">2</td>"), corrected);
        assertTrue(corrected.contains("214,building_permit,paper,2021-01-01,2021,10,450,true"), "a sample of the old rows");
    }
}
