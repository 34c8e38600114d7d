package fi.kuntadigi.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.chromium.BrowserException;
import fi.kuntadigi.chromium.Cdp;
import fi.kuntadigi.chromium.Chromium;
import fi.kuntadigi.dashboard.TestServer;
import fi.kuntadigi.dashboard.operations.TestLauncher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every page in a real headless Chromium, in Finnish and English: the charts get drawn, the
 * Content-Security-Policy is never violated, and axe-core finds no WCAG 2.1 A/AA violation.
 */
class BrowserTest {

    private static final String CSP_WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
            + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";
    private static final String CHARTS_SETTLED = "(() => { const c = [...document.querySelectorAll('.chart')];"
            + " return c.every(e => e.dataset.drawn === 'true' || e.dataset.error); })()";
    private static final String AXE_RUN = "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))";

    @TempDir
    static Path dir;
    static TestServer server;
    static Chromium chromium;
    static Cdp page;
    static String axe;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir, ops -> ops.withLauncher(launcher(dir)));
        seedUpload(dir.resolve("inbox"));
        axe = Axe.script();
        chromium = Chromium.start(dir.resolve("profile"), "--window-size=1280,900");
        page = chromium.newPage();
        page.send("Page.enable", Map.of());
        page.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_WATCH));
        open("/login");
        page.eval("document.getElementById('username').value = 'analyst';"
                + "document.getElementById('password').value = '" + TestServer.PASSWORD + "';"
                + "document.querySelector('form.login').submit(); true");
        awaitTrue("location.pathname === '/overview' && document.readyState === 'complete'");
    }

    @AfterAll
    static void stop() throws Exception {
        if (page != null) {
            page.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    static Stream<Arguments> pages() {
        return Stream.of("/overview", "/municipality?municipality=214", "/maturity", "/potential", "/pilots", "/surveys",
                        "/roadmap", "/costs", "/data", "/officials?municipality=214", "/officials", "/login",
                        "/data/runs/20210101T000000Z-test", "/data/uploads/cost_lines/" + UPLOAD, "/no-such-page",
                        "/municipality?municipality=999")
                .flatMap(p -> Stream.of(Arguments.of(p, "fi"), Arguments.of(p, "sv"), Arguments.of(p, "en")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void pageDrawsItsChartsAndPassesAxe(String path, String lang) throws Exception {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        assertEquals(lang, page.eval("document.documentElement.lang").asText());
        awaitTrue(CHARTS_SETTLED);
        JsonNode errors = page.eval("[...document.querySelectorAll('.chart[data-error]')].map(e => e.id + ': ' + e.dataset.error)");
        assertEquals(0, errors.size(), "charts that failed: " + errors);
        int charts = page.eval("document.querySelectorAll('.chart canvas').length").asInt();
        boolean expectsCharts = !path.startsWith("/officials") && !path.startsWith("/login") && !path.startsWith("/data/")
                && !path.startsWith("/no-such-page") && !path.contains("=999");
        assertTrue(!expectsCharts || charts > 0, "no chart drawn on " + path);
        assertEquals(0, page.eval("window.__csp.length").asInt(), "CSP violations: " + page.eval("window.__csp"));
        screenshot(path.replaceAll("[^a-z0-9]+", "_") + lang);
        page.eval(axe + "; true");
        JsonNode violations = page.eval(AXE_RUN);
        assertEquals(0, violations.size(), path + " " + lang + ": " + violations);
    }

    /** An upload waiting in the inbox with its dry run's verdict kept (the dry run itself: OperationsTest). */
    static final String UPLOAD = "20261123-080000-abc123.csv";

    private static List<String> launcher(Path dir) {
        try {
            return TestLauncher.write(dir, 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void seedUpload(Path inbox) throws IOException {
        Path folder = Files.createDirectories(inbox.resolve("cost_lines"));
        Files.writeString(folder.resolve(UPLOAD), "document,kind,category,item,amount_cents\n");
        Files.writeString(folder.resolve(UPLOAD + ".json"), "{\"original_name\": \"Karvia kulut.csv\"}");
        Path checks = Files.createDirectories(inbox.resolve(".checks/cost_lines"));
        Files.writeString(checks.resolve(UPLOAD + ".json"), """
                {"dataset": "cost_lines", "rows": 2, "published": 1, "quarantined": 1, "reasons": [{"code": "below_min",
                 "count": 1, "sample": [{"line": 3, "column": "amount_cents", "value": "-5", "code": "below_min", "args": ["0"],
                 "reason": "amount_cents '-5' is below the smallest allowed value 0"}]}], "period": null,
                 "outside_period": {"rows": 0, "first": null, "last": null, "lines": []}, "rows_csv": null}
                """);
    }

    @Test
    void anAnalystStartsARunAndWatchesThePageFollowItToItsEnd() throws Exception {
        open("/data?lang=fi");
        page.eval("document.getElementById('ops-job').value = 'ingest'; document.getElementById('ops-start').submit(); true");
        awaitTrue("location.pathname.startsWith('/data/runs/') && document.readyState === 'complete'");
        assertEquals("false", page.eval("document.getElementById('run-progress').dataset.done").asText(), "still running");
        page.eval(axe + "; true");
        JsonNode violations = page.eval(AXE_RUN);
        assertEquals(0, violations.size(), "running run page: " + violations);
        awaitTrue("document.getElementById('run-progress').dataset.done === 'true'");
        String live = page.eval("document.getElementById('run-live').textContent").asText();
        assertTrue(live.startsWith("Päättyi: aineistojen lataus, paluuarvo 3"), live);
        assertTrue(page.eval("document.body.textContent.includes('run_published')").asBoolean(), "the log's lines");
        assertEquals(0, page.eval("window.__csp.length").asInt(), "CSP violations: " + page.eval("window.__csp"));
    }

    @Test
    void laskeLandsOnTheWhatIfResultBesideTheFormWithFocusAndKeepsTheDecimalWeight() throws Exception {
        open("/potential?lang=fi");
        page.eval("document.getElementById('w-volume').value = '0.33'; document.getElementById('w-readiness').value = '0.67';"
                + " document.querySelector('#whatif button[type=submit]').click(); true");
        awaitTrue("location.hash === '#whatif-result' && document.readyState === 'complete'"
                + " && document.activeElement.id === 'whatif-result'");
        assertTrue(page.eval("location.search.includes('w_volume=0.33')").asBoolean(), "0.33 accepted");
        assertEquals("0.33", page.eval("document.getElementById('w-volume').value").asText());
        JsonNode placed = page.eval("(() => { const f = document.getElementById('whatif').getBoundingClientRect();"
                + " const r = document.getElementById('whatif-result').getBoundingClientRect();"
                + " return [r.left >= f.right, r.top < innerHeight, r.bottom > 0]; })()");
        assertEquals("[true,true,true]", placed.toString(), "the result beside the form and in view");
    }

    @Test
    void keyboardReachesTheSkipLinkFirstAndItMovesFocusToTheContent() throws Exception {
        open("/roadmap?lang=fi");
        key("Tab", 9);
        assertEquals("skip", page.eval("document.activeElement.className").asText());
        key("Enter", 13);
        awaitTrue("document.activeElement.id === 'main'");
    }

    /** Saves what the page shows to {@code target/screenshots}, for people to look at. */
    private static void screenshot(String name) throws Exception {
        String png = page.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true)).get("data").asText();
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots", name + ".png"), Base64.getDecoder().decode(png));
    }

    @ParameterizedTest(name = "officials printed in {0}")
    @ValueSource(strings = {"fi", "sv", "en"})
    void officialsViewPrintsOneA4PagePerMunicipality(String lang) throws Exception {
        open("/officials?lang=" + lang);
        page.send("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", page.eval("getComputedStyle(document.querySelector('header.top')).display").asText());
            assertEquals("none", page.eval("getComputedStyle(document.querySelector('nav.municipalities')).display").asText());
            JsonNode headings = page.eval("[...document.querySelectorAll('.sheet h2')].map(h => h.textContent)");
            String pdf = page.send("Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69,
                    "preferCSSPageSize", true)).get("data").asText();
            Path file = dir.resolve("officials-" + lang + ".pdf");
            Files.write(file, Base64.getDecoder().decode(pdf));
            List<String> pages = Pdf.pages(file);
            assertEquals(headings.size(), pages.size(), "one page per municipality: " + headings);
            for (int i = 0; i < pages.size(); i++) {
                assertTrue(pages.get(i).strip().startsWith(headings.get(i).asText()), "page " + (i + 1) + ": " + pages.get(i));
            }
        } finally {
            page.send("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static void key(String key, int code) throws Exception {
        for (String type : new String[] {"keyDown", "keyUp"}) {
            page.send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
        }
    }

    private static void open(String path) throws Exception {
        page.send("Page.navigate", Map.of("url", server.url(path)));
        awaitTrue("document.readyState === 'complete' && location.href === '" + server.url(path).replace("'", "\\'") + "'");
    }

    private static void awaitTrue(String expression) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            try {
                if (page.eval(expression).asBoolean()) {
                    return;
                }
            } catch (BrowserException e) {
                // the page navigated while the expression ran (a refresh of a run page): ask again
                if (!String.valueOf(e.getMessage()).contains("navigated or closed")) {
                    throw e;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + expression);
    }
}
