package fi.kuntadigi.dashboard.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.chromium.Cdp;
import fi.kuntadigi.chromium.Chromium;
import fi.kuntadigi.dashboard.TestServer;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The charts as their readers see them, in a real headless Chromium, on every page that draws one,
 * in every language of the site, at 1 366 px and at a phone's 390 px: every category label is drawn
 * whole and inside the chart (read from the ECharts instance's rendered texts, not from the option);
 * no chart or page text carries an English-formatted number on a Finnish or Swedish page; no known
 * raw id reaches the reader; each chart's accessible name is its title and the page's summary. And
 * axe-core at zero violations on every page for a visitor and a steering-group member (the analyst:
 * {@link BrowserTest}).
 */
class ChartsBrowserTest {

    private static final String CHARTS_SETTLED = "(() => { const c = [...document.querySelectorAll('.chart')];"
            + " return c.every(e => e.dataset.drawn === 'true' || e.dataset.error); })()";
    private static final String AXE_RUN = "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', ')))";
    /** Pages that draw charts, for a steering-group member or an analyst. */
    private static final List<String> CHART_PAGES = List.of("/overview", "/municipality?municipality=214", "/maturity",
            "/potential", "/pilots", "/surveys", "/roadmap", "/costs", "/data");
    /** Numbers as English writes them: a thousands comma (180,000) or a decimal point (3.5). */
    private static final Pattern ENGLISH_NUMBER = Pattern.compile("\\d,\\d{3}(?!\\d)|\\d\\.\\d");
    /** What legitimately has dots between digits on a Finnish or Swedish page: dates, clock times, run ids. */
    private static final Pattern DOTTED_NOT_NUMBERS = Pattern.compile(
            "\\d{1,2}\\.\\d{1,2}\\.\\d{4}(,?[\\s\\u00a0\\u202f]+((klo|kl\\.?)[\\s\\u00a0\\u202f]+)?\\d{1,2}[.:]\\d{2})?"
                    + "|\\d{4},?[\\s\\u00a0\\u202f]+((klo|kl\\.?)[\\s\\u00a0\\u202f]+)?\\d{1,2}[.:]\\d{2}|\\d{8}T\\d{6}(\\.\\d+)?Z(-\\w+)?");
    /** Ids and codes that once reached readers (pilots, costs, the data view's times, quarters as stored). */
    private static final Pattern RAW_IDS = Pattern.compile("\\b(answer_rate|items_per_1000|application_2019|final_report_2021"
            + "|participants_share_vs_split|total_funding_vs_parts|total_costs_vs_categories|\\d{4}Q[1-4])\\b"
            + "|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    /** Finnish pages: the feedback categories' codes. */
    private static final Pattern RAW_IDS_FI = Pattern.compile("\\b(parks|streets|sports_facilities|buildings|waste|water)\\b");
    /** An id in a chart's drawn texts: words joined by underscores. */
    private static final Pattern ID_IN_CHART = Pattern.compile("\\b[a-z]+(_[a-z0-9]+)+\\b");

    @TempDir
    static Path dir;
    static TestServer server;
    static Chromium chromium;
    static Cdp page;
    static String axe;
    static String probe;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        axe = Axe.script();
        try (InputStream in = ChartsBrowserTest.class.getResourceAsStream("/browser/chart-probe.js")) {
            if (in == null) {
                throw new IOException("src/test/resources/browser/chart-probe.js is missing from the test classpath");
            }
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        chromium = Chromium.start(dir.resolve("profile"), "--window-size=1280,900");
        page = chromium.newPage();
        page.send("Page.enable", Map.of());
        page.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", probe));
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

    static Stream<Arguments> chartPages() {
        return CHART_PAGES.stream().flatMap(p -> Arrays.stream(Lang.values()).map(l -> Arguments.of(p, l.code())));
    }

    /**
     * One page in one language, as the role that reads it: at 1 366 px, then narrowed to a phone's
     * 390 px (the charts lay themselves out again), every category drawn whole; the language and ids
     * checked on everything drawn and written; axe-core on the page.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("chartPages")
    void chartsLabelEveryCategorySpeakThePagesLanguageAndShowNoIds(String path, String lang) throws Exception {
        loginAs(path.startsWith("/data") ? "analyst" : "steering");
        JsonNode charts = openAndProbe(path, lang, 1366);
        assertTrue(charts.size() > 0, "no chart on " + path);
        assertEveryCategoryDrawn(charts, 1366);
        assertInThePagesLanguage(path, lang, charts);
        page.eval(axe + "; true");
        JsonNode violations = page.eval(AXE_RUN);
        assertEquals(0, violations.size(), path + " " + lang + ": " + violations);

        page.send("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        awaitTrue("[...document.querySelectorAll('.chart')].every(e => echarts.getInstanceByDom(e).getWidth() < 400)");
        assertEveryCategoryDrawn(page.eval("chartProbe()"), 390);
    }

    private static void assertEveryCategoryDrawn(JsonNode charts, int width) {
        for (JsonNode chart : charts) {
            String id = chart.path("id").asText();
            assertTrue(chart.path("drawn").asBoolean(), id + " not drawn");
            assertEquals(0, chart.path("missing").size(), id + " at " + width + " px: labels not drawn whole: " + chart.path("missing"));
            assertEquals(0, chart.path("cut").size(), id + " at " + width + " px: texts cut: " + chart.path("cut"));
        }
    }

    private static void assertInThePagesLanguage(String path, String lang, JsonNode charts) throws Exception {
        List<String> chartTexts = new ArrayList<>();
        for (JsonNode chart : charts) {
            String id = chart.path("id").asText();
            chart.path("texts").forEach(t -> chartTexts.add(t.asText()));
            String aria = chart.path("aria").asText();
            String figure = id.replaceFirst("^chart-", "");
            String title = page.eval("document.getElementById('" + figure + "-h').textContent").asText();
            String summary = page.eval("document.getElementById('" + figure + "-s').textContent.replace(/^\\S+\\s/, '')").asText().trim();
            assertTrue(aria.startsWith(title) && aria.contains(summary), id + ": the accessible name is the title and summary, was: " + aria);
            assertFalse(aria.contains("NaN") || aria.contains("undefined"), id + ": " + aria);
            chart.path("texts").forEach(t -> assertFalse(ID_IN_CHART.matcher(t.asText()).find(), id + " draws an id: " + t.asText()));
        }
        String all = page.eval("document.querySelector('main').innerText").asText() + "\n" + String.join("\n", chartTexts);
        if (!lang.equals("en")) {
            assertNone(ENGLISH_NUMBER, DOTTED_NOT_NUMBERS.matcher(all).replaceAll(" "), path + " " + lang + ": English-formatted number");
            assertNone(RAW_IDS_FI, all, path + " " + lang + ": raw code");
            assertFalse(all.contains("This is a chart"), path + " " + lang + ": ECharts' English description");
        }
        assertNone(RAW_IDS, all, path + " " + lang + ": raw id");
    }

    private static void assertNone(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            throw new AssertionError(what + " near \"" + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))
                    .replace('\n', ' ') + "\"");
        }
    }

    @Test
    void thePotentialPageShowsNoIndicatorId() throws Exception {
        loginAs("steering");
        open("/api/figures/potential.weights?lang=fi", 1366);
        JsonNode weights = page.eval("JSON.parse(document.body.innerText)");
        int idColumn = -1;
        for (int i = 0; i < weights.path("columns").size(); i++) {
            if (weights.path("columns").get(i).asText().equals("indicator_id")) {
                idColumn = i;
            }
        }
        assertTrue(idColumn >= 0 && weights.path("rows").size() > 0, "the weights carry their ids: " + weights.path("columns"));
        openAndProbe("/potential", "fi", 1366);
        String text = page.eval("document.querySelector('main').innerText").asText();
        for (JsonNode row : weights.path("rows")) {
            String indicator = row.get(idColumn).asText();
            assertFalse(Pattern.compile("\\b" + Pattern.quote(indicator) + "\\b").matcher(text).find(), "indicator id " + indicator + " shown");
        }
    }

    @Test
    void pagesWithoutChartsDoNotLoadECharts() throws Exception {
        loginAs("steering");
        open("/officials?municipality=214&lang=fi", 1366);
        assertEquals(0, page.eval("performance.getEntriesByType('resource').filter(r => r.name.includes('echarts')).length").asInt());
        assertTrue(page.eval("typeof echarts === 'undefined'").asBoolean());
        openAndProbe("/roadmap", "fi", 1366);
        assertTrue(page.eval("performance.getEntriesByType('resource').some(r => r.name.endsWith('/assets/echarts/echarts.min.js'))")
                .asBoolean(), "a page with charts loads ECharts");
        assertTrue(page.eval("performance.getEntriesByType('resource').some(r => r.name.endsWith('/assets/echarts/i18n/langFI.js'))")
                .asBoolean(), "and its Finnish texts");
    }

    @Test
    void theRoadmapShowsTheDependenciesOfTheActionInFocusOnly() throws Exception {
        loginAs("steering");
        openAndProbe("/roadmap", "fi", 1366);
        String arrows = "(() => { const c = echarts.getInstanceByDom(document.getElementById('chart-roadmap-timeline'));"
                + " return c.getOption().series.find(s => s.type === 'lines').data.length; })()";
        assertEquals(0, page.eval(arrows).asInt(), "no arrows before an action has focus");
        page.eval("document.getElementById('chart-roadmap-timeline').focus(); true");
        int withDependencies = -1;
        for (int i = 0; i < 80 && withDependencies < 0; i++) {
            key("ArrowDown", 40);
            if (page.eval(arrows).asInt() > 0) {
                withDependencies = i;
            }
        }
        assertTrue(withDependencies >= 0, "the arrow keys reach an action with dependencies and show them");
        String tooltip = page.eval("[...document.querySelectorAll('#chart-roadmap-timeline div')].map(d => d.innerText).join(' ')").asText();
        assertTrue(Pattern.compile("\\d\\. nelj\\. 20\\d\\d").matcher(tooltip).find(), "quarters in Finnish in the tooltip: " + tooltip);
    }

    static Stream<Arguments> pagesByRole() {
        List<String> publicPages = List.of("/roadmap", "/officials?municipality=214", "/login");
        List<String> steeringPages = List.of("/officials?municipality=214");
        return Arrays.stream(Lang.values()).flatMap(l -> Stream.concat(
                publicPages.stream().map(p -> Arguments.of("", p, l.code())),
                steeringPages.stream().map(p -> Arguments.of("steering", p, l.code()))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pagesByRole")
    void axeFindsNoViolationForAVisitorOrASteeringGroupMember(String user, String path, String lang) throws Exception {
        loginAs(user);
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, 1366);
        awaitTrue(CHARTS_SETTLED);
        page.eval(axe + "; true");
        JsonNode violations = page.eval(AXE_RUN);
        assertEquals(0, violations.size(), user + " " + path + " " + lang + ": " + violations);
    }

    private static String currentUser;

    /** Logs the browser in as a user of the test server ("" for a visitor), unless it already is. */
    private static void loginAs(String user) throws Exception {
        if (user.equals(currentUser)) {
            return;
        }
        page.send("Network.enable", Map.of());
        page.send("Network.clearBrowserCookies", Map.of());
        currentUser = user;
        if (user.isEmpty()) {
            return;
        }
        open("/login", 1366);
        page.eval("document.getElementById('username').value = '" + user + "';"
                + "document.getElementById('password').value = '" + TestServer.PASSWORD + "';"
                + "document.querySelector('form.login').submit(); true");
        awaitTrue("location.pathname !== '/login' && document.readyState === 'complete'");
    }

    private static JsonNode openAndProbe(String path, String lang, int width) throws Exception {
        open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang, width);
        assertEquals(lang, page.eval("document.documentElement.lang").asText());
        awaitTrue(CHARTS_SETTLED);
        JsonNode errors = page.eval("[...document.querySelectorAll('.chart[data-error]')].map(e => e.id + ': ' + e.dataset.error)");
        assertEquals(0, errors.size(), "charts that failed: " + errors);
        return page.eval("chartProbe()");
    }

    private static void open(String path, int width) throws Exception {
        page.send("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900, "deviceScaleFactor", 1,
                "mobile", width < 600));
        page.send("Page.navigate", Map.of("url", server.url(path)));
        awaitTrue("document.readyState === 'complete' && location.href === '" + server.url(path).replace("'", "\\'") + "'");
    }

    private static void key(String key, int code) throws Exception {
        for (String type : new String[] {"keyDown", "keyUp"}) {
            page.send("Input.dispatchKeyEvent", Map.of("type", type, "key", key, "code", key,
                    "windowsVirtualKeyCode", code, "nativeVirtualKeyCode", code));
        }
    }

    private static void awaitTrue(String expression) throws Exception {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            if (page.eval(expression).asBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + expression);
    }
}
