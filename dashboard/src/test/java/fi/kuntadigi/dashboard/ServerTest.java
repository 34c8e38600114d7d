package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real server on real Parquet over real HTTP: figures, validation, roles, CSRF, headers, pages. */
class ServerTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpClient steering;
    static HttpClient analyst;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        steering = TestServer.client();
        analyst = TestServer.client();
        assertEquals(303, server.login(steering, "steering").statusCode());
        assertEquals(303, server.login(analyst, "analyst").statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private JsonNode json(HttpClient client, String path) throws Exception {
        HttpResponse<String> r = server.get(client, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Test
    void feedbackFiguresAreTheReportsCounts() throws Exception {
        JsonNode fig = json(steering, "/api/figures/pilots.feedback");
        assertEquals("Palautepalvelu: palautteet ennen pilottia ja sen aikana", fig.get("title").asText());
        assertEquals("[\"Kankaanpää\",141,90,12.3,80.0,60.0]", fig.get("rows").get(0).toString());
        assertEquals(2, fig.get("rows").get(3).get(1).asInt());
        assertTrue(fig.get("summary").asText().startsWith("Pilotin aikana: suurin Kankaanpää (141), pienin Siikainen (2)"),
                fig.get("summary").asText());
    }

    @Test
    void costsAreInEuros() throws Exception {
        JsonNode rows = json(steering, "/api/figures/costs.budget?lang=en").get("rows");
        assertEquals("Total", rows.get(2).get(0).asText());
        assertEquals(124970.0, rows.get(2).get(2).asDouble());
    }

    @Test
    void honkajokiStaysInKankaanpaaHistory() throws Exception {
        JsonNode rows = json(steering, "/api/figures/transactions.history?municipality=214").get("rows");
        assertEquals("[2019,\"Honkajoki\",450,60]", rows.get(0).toString());
        assertTrue(rows.toString().contains("[2021,\"Kankaanpää\""));
        assertTrue(!rows.toString().contains("[2021,\"Honkajoki\""));
    }

    @Test
    void channelNamesComeFromTheChannelsDataset() throws Exception {
        // the channel-year mart carries codes only; the figure joins the reference dataset for names
        String fi = json(steering, "/api/figures/transactions.channels?municipality=214&year=2021").get("rows").toString();
        assertTrue(fi.contains("\"Paperi\"") && fi.contains("\"Verkkolomake\""), fi);
        String en = json(steering, "/api/figures/transactions.channels?municipality=214&year=2021&lang=en").get("rows").toString();
        assertTrue(en.contains("\"Paper\"") && en.contains("\"Web form\""), en);
    }

    @Test
    void suppressedSurveyCellsAreNeverZero() throws Exception {
        JsonNode rows = json(steering, "/api/figures/surveys.results").get("rows");
        assertEquals("[\"Käytän sähköisiä palveluja\",\"Siikainen\",true,null,null,null,null]", rows.get(2).toString());
        String page = server.get(steering, "/surveys").body();
        assertTrue(page.contains("<td>piilotettu vastaajien suojaamiseksi</td>"), "suppressed cell text");
        assertTrue(server.get(steering, "/surveys?lang=en").body().contains("withheld to protect respondents"));
    }

    @Test
    void whatIfAtTheConfiguredWeightsIsThePublishedIndex() throws Exception {
        JsonNode whatIf = json(steering, "/api/figures/potential.whatif").get("rows");
        JsonNode ranking = json(steering, "/api/figures/potential.ranking").get("rows");
        assertEquals(15, whatIf.size());
        for (int i = 0; i < whatIf.size(); i++) {
            JsonNode w = whatIf.get(i);
            JsonNode r = ranking.get(i);
            assertEquals(r.get(0).asInt(), w.get(0).asInt(), "new rank = published rank: " + w);
            assertEquals(w.get(0).asInt(), w.get(3).asInt(), w.toString());
            assertEquals(0, w.get(4).asInt(), w.toString());
            assertEquals(r.get(1).asText(), w.get(1).asText());
            assertEquals(r.get(2).asDouble(), w.get(2).asDouble(), 1e-9, "new index = published index: " + w);
        }
        // The same weights given explicitly (rescaled to sum to 1) change nothing.
        assertEquals(whatIf.toString(), json(steering, "/api/figures/potential.whatif?w_volume=1&w_readiness=1").get("rows")
                .toString());
    }

    @Test
    void whatIfWeightsChangeTheRanksOnTheServer() throws Exception {
        // Fixture: volume = population / 11471, readiness = 2 x index / 100 - volume, published 50/50.
        // Volume alone: Kankaanpää's three services tie at 100 and keep their published order (1, 2, 3);
        // Karvia's (2390 / 11471 = 20.8) follow, from published 4, 7, 11.
        JsonNode volume = json(steering, "/api/figures/potential.whatif?w_volume=1&w_readiness=0").get("rows");
        assertEquals("[1,\"Varhaiskasvatushakemus – Kankaanpää\",100.0,1,0]", volume.get(0).toString());
        assertEquals("[3,\"Kirjastokortti – Kankaanpää\",100.0,3,0]", volume.get(2).toString());
        assertEquals("[4,\"Varhaiskasvatushakemus – Karvia\",20.8,4,0]", volume.get(3).toString());
        assertEquals("[5,\"Rakennuslupa – Karvia\",20.8,7,2]", volume.get(4).toString());
        assertEquals("[6,\"Kirjastokortti – Karvia\",20.8,11,5]", volume.get(5).toString());
        // Readiness alone: Siikainen's daycare 2 x 26.29 / 100 - 1458 / 11471 = 0.399 passes Kankaanpää's library
        // card 2 x 69.355 / 100 - 1 = 0.387: published 8 -> 6, published 3 -> 7.
        JsonNode readiness = json(steering, "/api/figures/potential.whatif?w_volume=0&w_readiness=1&lang=en").get("rows");
        assertEquals("[6,\"Early childhood application – Siikainen\",39.9,8,2]", readiness.get(5).toString());
        assertEquals("[7,\"Library card – Kankaanpää\",38.7,3,-4]", readiness.get(6).toString());
        // Ranks are within the selection shown: Karvia's services are 1-3 there, published 1-3 there (4, 7, 11 nationally).
        JsonNode karvia = json(steering, "/api/figures/potential.whatif?w_volume=1&w_readiness=0&municipality=230").get("rows");
        assertEquals("[[1,\"Varhaiskasvatushakemus – Karvia\",20.8,1,0],[2,\"Rakennuslupa – Karvia\",20.8,2,0],"
                + "[3,\"Kirjastokortti – Karvia\",20.8,3,0]]", karvia.toString());
        JsonNode technical = json(steering, "/api/figures/potential.whatif?w_volume=0.2&w_readiness=0.8&sector=technical")
                .get("rows");
        assertEquals(5, technical.size(), "building permits only");
        assertEquals("[1,\"Rakennuslupa – Kankaanpää\",55.8,1,0]", technical.get(0).toString());
        assertEquals(0, json(steering, "/api/figures/potential.whatif?municipality=230&sector=technical&w_volume=1")
                .get("rows").get(0).get(4).asInt());
    }

    @Test
    void heatMapShowsAScopeAReaderCanTakeInAndTheFiltersReachEveryCell() throws Exception {
        JsonNode all = json(steering, "/api/figures/potential.heatmap").get("rows");
        assertEquals(15, all.size(), "5 municipalities x 3 services, under the 12 x 15 default");
        assertEquals("[\"Varhaiskasvatushakemus\",\"Kankaanpää\",76.4]", all.get(0).toString(), "highest mean index first");
        assertEquals("[Kankaanpää, Karvia, Pomarkku, Jämijärvi, Siikainen]", columnInOrder(all, 1).toString());
        JsonNode region = json(steering, "/api/figures/potential.heatmap?municipality=181").get("rows");
        assertEquals("[Jämijärvi, Kankaanpää, Karvia, Siikainen]", columnInOrder(region, 1).toString(),
                "the chosen municipality first, then the rest of its region (Pomarkku is in another)");
        JsonNode sector = json(steering, "/api/figures/potential.heatmap?sector=leisure_culture&lang=en").get("rows");
        assertEquals("[Library card]", columnInOrder(sector, 0).toString());
        assertEquals(5, sector.size());
    }

    private static List<String> columnInOrder(JsonNode rows, int column) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        rows.forEach(r -> seen.add(r.get(column).asText()));
        return List.copyOf(seen);
    }

    @Test
    void timelineNamesWhatAnActionWaitsForAsTheChartLabelsIt() throws Exception {
        JsonNode rows = json(TestServer.client(), "/api/figures/roadmap.timeline?lang=en").get("rows");
        List<String> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(r.toString()));
        assertTrue(lines.contains("[\"Kankaanpää: Online forms\",\"2022Q1\",\"2022Q2\",\"in_progress\",\"Joint: Suomi.fi identification in use\","
                + "\"Kankaanpää\"]"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains(",\"Kankaanpää: Online forms\",")), "an arrow target is another row's label: " + lines);
    }

    @Test
    void rankingDrawsTheMonteCarloRankIntervals() throws Exception {
        JsonNode fig = json(steering, "/api/figures/potential.ranking?lang=en");
        assertEquals("RANGE", fig.get("chart").get("type").asText());
        assertEquals("[\"rank_p05\",\"rank\",\"rank_p95\"]", fig.get("chart").get("y").toString());
        // Fixture: p05 = max(1, rank - 2), p95 = rank + 3: the first rank's interval (1-4) is the narrowest.
        assertTrue(fig.get("summary").asText().startsWith("Narrowest interval Early childhood application – Kankaanpää (1–4), widest"),
                fig.get("summary").asText());
    }

    @Test
    void invalidParametersGet400WithAMessage() throws Exception {
        assertBad("/api/figures/pilots.feedback?municipality=999", "unknown municipality '999'");
        assertBad("/api/figures/transactions.channels?year=1990", "unknown year '1990'");
        assertBad("/api/figures/potential.whatif?w_volume=1.5", "out of range");
        assertBad("/api/figures/potential.whatif?w_nonsense=0.5", "unknown indicator 'nonsense'");
        assertBad("/api/figures/pilots.feedback?drop=table", "unknown parameter 'drop'");
        assertBad("/api/figures/pilots.feedback?municipality=214'%20or%201=1--", "unknown municipality");
    }

    private void assertBad(String path, String message) throws Exception {
        HttpResponse<String> r = server.get(steering, path);
        assertEquals(400, r.statusCode(), path);
        assertTrue(r.body().contains(message), r.body());
    }

    @Test
    void rolesGuardTheViews() throws Exception {
        HttpClient anonymous = TestServer.client();
        assertEquals(200, server.get(anonymous, "/roadmap").statusCode());
        assertEquals(200, server.get(anonymous, "/api/figures/roadmap.timeline").statusCode());
        assertEquals(401, server.get(anonymous, "/api/figures/pilots.feedback").statusCode());
        assertEquals(302, server.get(anonymous, "/pilots").statusCode());
        assertEquals(403, server.get(steering, "/api/figures/data.runs").statusCode());
        assertEquals(200, server.get(analyst, "/api/figures/data.runs").statusCode());
    }

    @Test
    void postsNeedTheSessionsCsrfToken() throws Exception {
        HttpClient c = TestServer.client();
        server.get(c, "/login");
        HttpResponse<String> r = server.post(c, "/login", "username=steering&password=" + TestServer.PASSWORD + "&_csrf=forged");
        assertEquals(403, r.statusCode());
        HttpResponse<String> wrong = server.post(c, "/login", "username=steering&password=wrong&_csrf="
                + TestServer.csrfToken(server.get(c, "/login").body()));
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void sessionCookieAndSecurityHeaders() throws Exception {
        HttpResponse<String> login = server.get(TestServer.client(), "/login");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
        String csp = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self';") && !csp.contains("script-src 'self' 'unsafe-inline'"), csp);
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(!login.body().contains("<script>"), "no inline script");
    }

    @Test
    void sessionCookieIsSecureBehindTls() throws Exception {
        HttpResponse<String> r = TestServer.client().send(HttpRequest.newBuilder(
                        URI.create(server.url("/login"))).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
    }

    @Test
    void dataAndJobsShowsRunsManifestsAndQuarantine() throws Exception {
        String page = server.get(analyst, "/data?lang=en").body();
        assertTrue(page.contains("20210101T000000Z-test"), "run id");
        assertTrue(page.contains("transactions must be at least 0"), "quarantine reason");
        JsonNode marts = json(analyst, "/api/figures/data.marts?lang=en").get("rows");
        assertTrue(marts.toString().contains("[\"Digital potential index\",\"digital potential\",\"published\""),
                "marts and their sources by name, not id: " + marts);
        assertTrue(page.contains("<a href=\"/data/runs/20210101T000000Z-test?lang=en\">20210101T000000Z-test</a>"),
                "a run id leads to its run's page");
    }

    @Test
    void openApiDocumentsEveryFigure() throws Exception {
        String doc = server.get(TestServer.client(), "/api/openapi.yaml").body();
        for (JsonNode figure : json(analyst, "/api/figures")) {
            assertTrue(doc.contains(figure.get("id").asText()), "OpenAPI misses " + figure.get("id"));
        }
    }

    @Test
    void csvDownload() throws Exception {
        HttpResponse<String> r = server.get(steering, "/api/figures/costs.budget/csv?lang=en");
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(r.body().startsWith("category,budget_eur,actual_eur,variance_eur,utilisation_pct\r\nPersonnel,80000.0,72353.0"),
                r.body());
    }

    @Test
    void officialsViewIsPlainAndPublic() throws Exception {
        String page = server.get(TestServer.client(), "/officials?municipality=214").body();
        assertTrue(page.contains("<html lang=\"fi\">"));
        assertTrue(page.contains("Vuonna 2022"), "year heading");
        assertTrue(page.contains("Sähköiset lomakkeet. Työ on käynnissä."), page);
        assertTrue(page.contains("Yhdessä muiden kuntien kanssa: Suomi.fi-tunnistus käyttöön. Tehty."));
        assertTrue(server.get(TestServer.client(), "/officials?municipality=214&lang=en").body().contains("<html lang=\"en\">"));
    }

    @Test
    void officialsViewSpeaksInMonthsAndTitlesNeverInCodes() throws Exception {
        for (String lang : new String[] {"fi", "en"}) {
            String page = server.get(TestServer.client(), "/officials?municipality=214&lang=" + lang).body();
            assertFalse(page.matches("(?s).*\\b20\\d\\dQ[1-4]\\b.*"), "a quarter code on the " + lang + " page");
            assertFalse(page.matches("(?s).*\\b(\\d{3}|JOINT)-[A-Z0-9-]+\\b.*"), "an action id on the " + lang + " page");
        }
        String fi = server.get(TestServer.client(), "/officials?municipality=214").body();
        assertTrue(fi.contains("Sähköinen tilavaraus. Ei vielä aloitettu. Aloitetaan huhti–kesäkuussa. Tehdään, kun kohta 2"
                + " on valmis."), fi);
        String en = server.get(TestServer.client(), "/officials?municipality=214&lang=en").body();
        assertTrue(en.contains("Online room booking. Not started yet. Starts in April–June. Done once item 2 is ready."), en);
    }

    @Test
    void everyViewRendersInBothLanguages() throws Exception {
        for (String view : new String[] {"overview", "municipality", "maturity", "potential", "pilots", "surveys", "roadmap",
                "costs", "data"}) {
            for (String lang : new String[] {"fi", "en"}) {
                HttpResponse<String> r = server.get(analyst, "/" + view + "?lang=" + lang);
                assertEquals(200, r.statusCode(), view + " " + lang);
                assertTrue(r.body().contains("<html lang=\"" + lang + "\">"));
                assertTrue(!r.body().contains(">fig.") && !r.body().contains(">view."), "missing message in " + view + " " + lang);
            }
        }
    }
}
