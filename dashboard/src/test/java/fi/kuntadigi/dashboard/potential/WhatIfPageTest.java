package fi.kuntadigi.dashboard.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.dashboard.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The what-if form on the real potential page over real HTTP: decimals, state in the URL, messages for bad weights. */
class WhatIfPageTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpClient steering;

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

    private static String rows(String query) throws Exception {
        HttpResponse<String> r = server.get(steering, "/api/figures/potential.whatif?" + query);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().substring(r.body().indexOf("\"rows\""));
    }

    @Test
    void aWeightWithADecimalCommaIsTheSameAsWithAPoint() throws Exception {
        String comma = rows("w_volume=0,33&w_readiness=0,67");
        assertEquals(rows("w_volume=0.33&w_readiness=0.67"), comma);
        assertFalse(comma.equals(rows("w_volume=1&w_readiness=0")), "the weights change the ranks");
    }

    @Test
    void anyDecimalWeightIsAcceptedByTheForm() throws Exception {
        String page = server.get(steering, "/potential?lang=fi&w_volume=0.33&w_readiness=0.67").body();
        Matcher volume = Pattern.compile("<input type=\"number\" id=\"w-volume\"[^>]*>").matcher(page);
        assertTrue(volume.find(), page);
        assertTrue(volume.group().contains("step=\"any\""), volume.group());
        assertTrue(volume.group().contains("value=\"0.33\""), volume.group());
    }

    @Test
    void theFiltersFormKeepsTheWeights() throws Exception {
        String page = server.get(steering, "/potential?lang=fi&w_volume=0.33&w_readiness=0.67&sector=technical").body();
        int filters = page.indexOf("<form method=\"get\" action=\"/potential\" class=\"filters\"");
        assertTrue(filters >= 0, page);
        String form = page.substring(filters, page.indexOf("</form>", filters));
        assertTrue(form.contains("<input type=\"hidden\" name=\"w_readiness\" value=\"0.67\">"), form);
        assertTrue(form.contains("<input type=\"hidden\" name=\"w_volume\" value=\"0.33\">"), form);
        int whatIf = page.indexOf("id=\"whatif\"");
        String weights = page.substring(whatIf, page.indexOf("</form>", whatIf));
        assertTrue(weights.contains("<input type=\"hidden\" name=\"sector\" value=\"technical\">"), "and the what-if form the filters");
    }

    @Test
    void theResultStandsBesideTheFormAndLaskeLeadsToIt() throws Exception {
        String page = server.get(steering, "/potential?lang=fi").body();
        assertTrue(page.contains("action=\"/potential#whatif-result\""), "Laske lands on the result");
        int formEnd = page.indexOf("</form>", page.indexOf("id=\"whatif\""));
        String next = page.substring(formEnd + "</form>".length(), formEnd + 200);
        assertTrue(next.startsWith("<div id=\"whatif-result\" class=\"whatif-result\" tabindex=\"-1\""), next);
        assertTrue(page.contains("<script src=\"/assets/js/whatif.js\" defer>"), "the script that focuses it");
    }

    @Test
    void aWeightThatIsNotANumberComesBackInTheFormWithItsMessageEscaped() throws Exception {
        HttpResponse<String> r = server.get(steering, "/potential?lang=fi&w_volume=%3Cb%3Ex&w_readiness=2");
        assertEquals(400, r.statusCode());
        String page = r.body();
        assertTrue(page.contains("Painoja ei voitu käyttää:"), page);
        assertTrue(page.contains("”&lt;b&gt;x” ei ole luku. Kirjoita paino väliltä 0–1, esim. 0,33."), page);
        assertTrue(page.contains(": 2 ei ole väliltä 0–1."), page);
        assertFalse(page.contains("<b>x"), "the value is escaped wherever it is echoed");
        Matcher volume = Pattern.compile("<input type=\"number\" id=\"w-volume\"[^>]*>").matcher(page);
        assertTrue(volume.find());
        assertTrue(volume.group().contains("aria-invalid=\"true\"") && volume.group().contains("value=\"&lt;b&gt;x\""),
                volume.group());
        assertTrue(page.contains("<h2 id=\"potential-whatif-h\""), "the page itself still answers, with the published weights");
    }

    @Test
    void weightsThatAddUpToZeroAreExplainedInEnglishToo() throws Exception {
        HttpResponse<String> r = server.get(steering, "/potential?lang=en&w_volume=0&w_readiness=0,0");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("The weights add up to 0. Give at least one weight a value above 0."), r.body());
    }
}
