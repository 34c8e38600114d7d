package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
        assertTrue(page.contains("<td>alle 5 vastausta</td>"), "suppressed cell text");
        assertTrue(server.get(steering, "/surveys?lang=en").body().contains("fewer than 5 answers"));
    }

    @Test
    void whatIfWeightsChangeTheRanksOnTheServer() throws Exception {
        JsonNode volume = json(steering, "/api/figures/potential.whatif?w_volume=1&w_readiness=0").get("rows");
        JsonNode readiness = json(steering, "/api/figures/potential.whatif?w_volume=0&w_readiness=1").get("rows");
        assertTrue(volume.get(0).get(1).asText().endsWith("Kankaanpää"), volume.get(0).toString());
        assertTrue(readiness.get(0).get(1).asText().endsWith("Siikainen"), readiness.get(0).toString());
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
        HttpResponse<String> r = TestServer.client().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.url("/login"))).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.headers().firstValue("Set-Cookie").orElseThrow().contains("; Secure"));
    }

    @Test
    void dataAndJobsShowsRunsManifestsAndQuarantine() throws Exception {
        String page = server.get(analyst, "/data?lang=en").body();
        assertTrue(page.contains("20210101T000000Z-test"), "run id");
        assertTrue(page.contains("transactions must be at least 0"), "quarantine reason");
        JsonNode marts = json(analyst, "/api/figures/data.marts").get("rows");
        assertTrue(marts.toString().contains("[\"potential_index\",\"potential\",\"published\""), marts.toString());
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
        assertTrue(fi.contains("Sähköinen tilavaraus. Ei vielä aloitettu. Aloitetaan huhti–kesäkuussa. Tehdään, kun tämä on"
                + " valmis: Sähköiset lomakkeet."), fi);
        String en = server.get(TestServer.client(), "/officials?municipality=214&lang=en").body();
        assertTrue(en.contains("Online room booking. Not started yet. Starts in April–June. Done once this is ready: Online forms."), en);
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
