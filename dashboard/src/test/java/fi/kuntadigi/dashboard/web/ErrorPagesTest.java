package fi.kuntadigi.dashboard.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.dashboard.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Requests the dashboard cannot serve, over real HTTP: every one answers as a page of the site
 * (title, language, navigation, a way forward) or as JSON for an API client, never plain text;
 * what it echoes is escaped; shared links with tracking parameters keep working.
 */
class ErrorPagesTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpClient steering;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        steering = TestServer.client();
        assertEquals(303, server.login(steering, "steering").statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page of the site: its language, a title, the main navigation and a link to the start page. */
    private static void assertSitePage(HttpResponse<String> r, String lang, String title) {
        String body = r.body();
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), r.headers().toString());
        assertTrue(body.contains("<html lang=\"" + lang + "\">"), body);
        assertTrue(body.contains("<title>" + title + " – "), body);
        assertTrue(body.contains("<nav aria-label="), "navigation: " + body);
        assertTrue(body.contains("href=\"/?lang=" + lang + "\""), "way to the start page: " + body);
    }

    @ParameterizedTest(name = "404 in {0}")
    @CsvSource({"fi,Sivua ei löydy", "sv,Sidan hittas inte", "en,Page not found"})
    void anUnknownAddressIsANotFoundPageInTheVisitorsLanguage(String lang, String title) throws Exception {
        HttpResponse<String> r = send(TestServer.client(), "/no-such-page?lang=" + lang, "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertSitePage(r, lang, title);
    }

    @Test
    void withoutALanguageParameterTheBrowsersLanguageIsUsed() throws Exception {
        HttpResponse<String> r = send(TestServer.client(), "/no-such-page", "Accept", "text/html", "Accept-Language", "sv-FI,sv;q=0.9,en;q=0.5");
        assertSitePage(r, "sv", "Sidan hittas inte");
    }

    @Test
    void anEchoedRequestValueIsEscaped() throws Exception {
        HttpResponse<String> r = send(TestServer.client(), "/api/figures/%3Cimg%20src=x%20onerror=alert(1)%3E", "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertFalse(r.body().contains("<img"), r.body());
        assertTrue(r.body().contains("&lt;img src=x onerror=alert(1)&gt;") || r.body().contains("%3Cimg"), r.body());
        HttpResponse<String> bad = send(steering, "/municipality?year=%3Cscript%3Ealert(1)%3C/script%3E", "Accept", "text/html");
        assertEquals(400, bad.statusCode());
        assertFalse(bad.body().contains("<script>alert"), bad.body());
        assertTrue(bad.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), bad.body());
    }

    @Test
    void anApiClientGetsJson() throws Exception {
        HttpResponse<String> r = send(TestServer.client(), "/api/figures/nonsense");
        assertEquals(404, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(404, body.get("status").asInt());
        assertTrue(body.get("error").asText().contains("no figure 'nonsense'"), r.body());
    }

    @Test
    void aBadFilterIsABadRequestPageSayingWhyInTheLanguageWithAWayForward() throws Exception {
        HttpResponse<String> r = send(steering, "/municipality?municipality=999&lang=fi", "Accept", "text/html");
        assertEquals(400, r.statusCode());
        assertSitePage(r, "fi", "Osoitteessa on virheellinen rajaus");
        assertTrue(r.body().contains("Tuntematon kunta &#x27;999&#x27;") || r.body().contains("Tuntematon kunta '999'"), r.body());
        assertTrue(r.body().contains("href=\"/municipality?lang=fi\""), "the page without filters: " + r.body());
    }

    @Test
    void trackingParametersLeaveAPublicPageWorking() throws Exception {
        for (String query : new String[] {"fbclid=IwAR0abc", "utm_source=facebook&utm_medium=social&utm_campaign=x", "gclid=abc",
                "msclkid=1", "mc_cid=2&mc_eid=3"}) {
            HttpResponse<String> r = send(TestServer.client(), "/roadmap?lang=fi&" + query);
            assertEquals(200, r.statusCode(), query);
            assertTrue(r.body().contains("<h1>Tiekartta 2021–2025</h1>"), query);
            assertEquals(200, send(TestServer.client(), "/api/figures/roadmap.timeline?" + query).statusCode(), query);
        }
    }

    @Test
    void anUnknownParameterDoesNotBreakAPageButTheApiNamesIt() throws Exception {
        assertEquals(200, send(TestServer.client(), "/roadmap?ref=newsletter&lang=en").statusCode());
        HttpResponse<String> api = send(TestServer.client(), "/api/figures/roadmap.timeline?ref=newsletter");
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("unknown parameter 'ref'"), api.body());
    }

    @Test
    void swedishIsALanguageOfTheSite() throws Exception {
        HttpResponse<String> r = send(TestServer.client(), "/roadmap?lang=sv");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<html lang=\"sv\">") && r.body().contains("<h1>Färdplan 2021–2025</h1>"), r.body());
        assertTrue(r.body().contains("hreflang=\"fi\"") && r.body().contains("hreflang=\"en\""), "the switch offers the other two");
    }

    @Test
    void aLoggedInUserWithoutTheRoleIsToldWhichRoleIsNeeded() throws Exception {
        HttpResponse<String> r = send(steering, "/data?lang=fi", "Accept", "text/html");
        assertEquals(403, r.statusCode());
        assertSitePage(r, "fi", "Ei käyttöoikeutta");
        assertTrue(r.body().contains("Sivu edellyttää roolia analyytikko; sinun roolisi on ohjausryhmä."), r.body());
        assertTrue(r.body().contains("hankkeen koordinaattori"), "whom to ask");
        assertFalse(r.body().contains("name=\"password\""), "not the login form again");
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginWithTheWayBack() throws Exception {
        HttpResponse<String> r = send(TestServer.client(), "/data?lang=sv", "Accept", "text/html");
        assertEquals(302, r.statusCode());
        assertEquals("/login?lang=sv&next=%2Fdata%3Flang%3Dsv", r.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsAPageToo() throws Exception {
        HttpResponse<String> r = TestServer.client().send(HttpRequest.newBuilder(URI.create(server.url("/roadmap?lang=en")))
                .header("Accept", "text/html").method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode());
        assertSitePage(r, "en", "This action is not possible at this address");
    }
}
