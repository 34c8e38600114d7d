package fi.kuntadigi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.catalog.ReportFiles;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.operations.RunIds;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.reports.run.ReportRequest;
import fi.kuntadigi.reports.run.ReportRun;
import fi.kuntadigi.testing.BundledWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both reports made from the bundled data (a warehouse built by the real ingest and analyze) in every
 * language, checked as files: pages, the figures the dashboard shows, tags, language, title, fonts.
 */
class ReportFilesTest {

    private static final float A4_WIDTH = 595;
    private static final float A4_HEIGHT = 842;
    private static Path warehouse;
    private static ReportRun.Outcome outcome;
    private static ReportFiles.Manifest manifest;

    @BeforeAll
    static void makeReports() throws Exception {
        warehouse = BundledWarehouse.ofThisJvm();
        outcome = new ReportRun(new ReportRequest(warehouse, Set.of(ReportFiles.STEERING, ReportFiles.OFFICIALS),
                List.of(Lang.values()), null, null, RunIds.next(Instant.now()), false, false)).run();
        assertEquals(ExitCodes.OK, outcome.exitCode(), outcome.message());
        manifest = new ObjectMapper().readValue(outcome.folder().orElseThrow().resolve(ReportFiles.MANIFEST).toFile(),
                ReportFiles.Manifest.class);
    }

    private static Pdf pdf(String name) throws Exception {
        return Pdf.read(outcome.folder().orElseThrow().resolve(name));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void steeringPackShowsTheFeedbackItemsAndTheActualCostInTheLanguagesNumberFormat(Lang lang) throws Exception {
        Pdf pack = pdf("steering-" + lang.code() + ".pdf");
        // pilots.feedback: 141 / 38 / 38 / 2 items during the pilot (the project's final report)
        for (String count : List.of("141", "38", "2")) {
            assertTrue(pack.text().matches("(?s).*\\b" + count + "\\b.*"), count);
        }
        // costs.budget: the actual cost 124 970 €, grouped as the language writes it
        assertTrue(pack.text().contains(lang == Lang.EN ? "124,970" : "124 970"), "actual cost in " + lang);
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void steeringPackIsTaggedInItsLanguageWithTitleAndEmbeddedFonts(Lang lang) throws Exception {
        Pdf pack = pdf("steering-" + lang.code() + ".pdf");
        assertTrue(pack.tagged(), "structure tree and MarkInfo");
        assertEquals(lang.code(), pack.lang());
        assertTrue(pack.title().startsWith(lang == Lang.FI ? "Ohjausryhmän kokousaineisto" : lang == Lang.EN
                ? "Steering group meeting pack" : "Styrgruppens mötesmaterial"), pack.title());
        assertEquals(List.of(), pack.unembeddedFonts());
        assertTrue(pack.pages() >= 10, "cover, contents, sections and appendix: " + pack.pages());
        pack.pageSizes().forEach(size -> assertA4(size));
    }

    @Test
    void everyChartIsAFigureDescribedByItsTextSummary() throws Exception {
        Pdf pack = pdf("steering-fi.pdf");
        List<String> alts = pack.figureAlts();
        assertTrue(alts.stream().anyMatch(a -> a != null && a.startsWith("Palautepalvelu: palautteet ennen pilottia ja sen aikana. ")
                && a.contains("Kankaanpää (141)")), alts.toString());
        // maturity index and dimensions, ranking, savings, feedback, surveys, budget, progress (signals and checks are tables)
        assertEquals(8, alts.size(), "one figure per chart: " + alts);
        assertFalse(alts.contains(null), "a figure without alt text: " + alts);
    }

    @Test
    void packStatesItsDataVersionAndThePageNumberAndSourceOnEveryPage() throws Exception {
        Pdf pack = pdf("steering-fi.pdf");
        assertTrue(pack.text().contains("Aineistoversio " + manifest.dataVersion()));
        assertTrue(pack.text().contains("Sivu " + pack.pages() + " / " + pack.pages()));
        assertEquals(pack.pages(), count(pack.text(), "Lähde: kuntadigi, aineistoversio " + manifest.dataVersion()));
    }

    @Test
    void theFirstPackSaysThereIsNothingToCompareWithYet() throws Exception {
        // the test warehouse has no earlier pack when this run makes the first one of the JVM (other tests' packs are later)
        assertTrue(pdf("steering-en.pdf").text().contains("What has slipped since the last meeting pack"));
    }

    @ParameterizedTest
    @EnumSource(Lang.class)
    void councillorsRoadmapIsOneTaggedA4PerMunicipalityWithItsOwnActions(Lang lang) throws Exception {
        String heading = switch (lang) {
            case FI -> "Digitaalinen tiekartta: ";
            case SV -> "Digital färdplan: ";
            case EN -> "Digital roadmap: ";
        };
        Map<String, List<String>> actions = ownActions(lang);
        assertEquals(5, actions.size(), "today's five municipalities: " + actions.keySet());
        for (Map.Entry<String, List<String>> m : actions.entrySet()) {
            Pdf roadmap = pdf("officials-" + m.getKey() + "-" + lang.code() + ".pdf");
            assertEquals(1, roadmap.pages(), m.getKey() + " on one sheet");
            assertTrue(roadmap.text().contains(heading), roadmap.text());
            assertTrue(roadmap.tagged());
            assertEquals(lang.code(), roadmap.lang());
            assertEquals(List.of(), roadmap.unembeddedFonts());
            roadmap.pageSizes().forEach(size -> assertA4(size));
            // the marts carry the actions' titles in Finnish and English; the Swedish page translates them itself
            List<String> ownTitles = lang == Lang.SV ? List.of() : m.getValue();
            for (String action : ownTitles) {
                assertTrue(roadmap.text().contains(Pdf.normalise(action)), m.getKey() + " " + action);
            }
        }
    }

    @Test
    void manifestListsEveryPdfWithItsDataVersionAndPages() throws Exception {
        assertEquals(Lang.values().length * 6, manifest.files().size());
        for (ReportFiles.Report r : manifest.files()) {
            assertEquals(pdf(r.file()).pages(), r.pages(), r.file());
        }
        assertTrue(Files.isRegularFile(outcome.folder().orElseThrow().resolve("steering-fi.roadmap.json")));
    }

    /** Each municipality's own roadmap actions (owner = its code) in the language, from the mart. */
    private static Map<String, List<String>> ownActions(Lang lang) throws SQLException {
        Map<String, List<String>> actions = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = c.createStatement().executeQuery("select owner, title_" + lang.labelLanguage()
                     + " from read_parquet('" + warehouse.resolve("marts/roadmap_schedule") + "/**/*.parquet')"
                     + " where owner <> 'JOINT' order by owner")) {
            while (rs.next()) {
                actions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return actions;
    }

    private static void assertA4(float[] size) {
        assertEquals(A4_WIDTH, size[0], 1.5f);
        assertEquals(A4_HEIGHT, size[1], 1.5f);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
