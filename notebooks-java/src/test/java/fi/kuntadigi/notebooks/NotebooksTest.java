package fi.kuntadigi.notebooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.testing.BundledWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Every notebook runs, as {@code bin/notebooks} runs it, on the warehouse the batch jobs build from the bundled data;
 * the checks are figures worked out from that data and the final report.
 */
class NotebooksTest {

    private static final Path OUT = Path.of("target", "notebooks-out").toAbsolutePath();

    @BeforeAll
    static void warehouse() throws Exception {
        System.setProperty("kuntadigi.warehouse", BundledWarehouse.ofThisJvm().toString());
        System.setProperty("kuntadigi.out", OUT.toString());
        System.setProperty("kuntadigi.config", BundledWarehouse.ROOT.resolve("datasets/config/analytics.properties").toString());
    }

    /** Runs the notebook and returns its output folder, checked to hold an offline HTML page. */
    private static Path run(String name) throws Exception {
        Path script = NotebookRunner.scripts(Path.of("notebooks"), List.of(name)).get(0);
        new ScriptRunner(System.getProperty("java.class.path"), System.out).run(script);
        Path folder = OUT.resolve(name);
        String html = Files.readString(folder.resolve("index.html"));
        assertTrue(html.contains("<script src=\"echarts.min.js\"></script>"), "ECharts from beside the page");
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing from the internet");
        assertTrue(html.contains("echarts.init("), "at least one chart");
        assertTrue(Files.size(folder.resolve("echarts.min.js")) > 500_000);
        return folder;
    }

    @Test
    void pilotEvaluationShowsTheFinalReportsFeedbackFigures() throws Exception {
        Path out = run("pilot-evaluation");
        Table feedback = Csv.read(out.resolve("feedback.csv"));
        assertEquals(4, feedback.rowCount());
        assertEquals("141", Csv.value(feedback, "municipality_code", "214", "items_during"));
        assertEquals("38", Csv.value(feedback, "municipality_code", "181", "items_during"));
        assertEquals("38", Csv.value(feedback, "municipality_code", "608", "items_during"));
        assertEquals("2", Csv.value(feedback, "municipality_code", "747", "items_during"));
        Table chat = Csv.read(out.resolve("chat.csv"));
        assertEquals(0.5, Double.parseDouble(Csv.value(chat, "municipality_code", "214", "answer_rate")), 0.1,
                "about half of Kankaanpää's chats answered");
        Table support = Csv.read(out.resolve("digital_support.csv"));
        assertEquals(5, support.stringColumn("events").asList().stream().mapToInt(Integer::parseInt).sum(),
                "5 digital-support events");
        assertEquals("2", Csv.value(support, "municipality_code", "214", "events"));
        Table signals = Csv.read(out.resolve("signals.csv"));
        for (Row r : signals) {
            if (r.getString("pilot_id").equals("chat")) {
                assertEquals("stop", r.getString("signal"), "chat was discontinued everywhere");
            }
        }
    }

    @Test
    void surveyNotebookNeverShowsAValueOfASuppressedCell() throws Exception {
        Path out = run("survey-weighting");
        Table cells = Csv.read(out.resolve("age_band_cells.csv"));
        Table suppressed = cells.where(cells.stringColumn("suppressed").isEqualTo("true"));
        assertTrue(suppressed.rowCount() > 0);
        for (Row r : suppressed) {
            assertEquals("", r.getString("positive_share"), "a withheld row never shows a share");
            assertFalse(r.getString("suppression_reason").isEmpty());
        }
        Table weighting = Csv.read(out.resolve("weighting.csv"));
        for (Row r : weighting.where(weighting.stringColumn("suppressed").isEqualTo("true"))) {
            assertEquals("", r.getString("positive_share"));
            assertEquals("", r.getString("poststratified_share"));
        }
        Table region = weighting.where(weighting.stringColumn("area_code").isEqualTo("REGION")
                .and(weighting.stringColumn("poststratified_share").isNotEqualTo("")));
        assertTrue(region.rowCount() > 0, "the region is weighted to the age structure");
        for (Row r : region) {
            double effect = Double.parseDouble(r.getString("poststratified_share"))
                    - Double.parseDouble(r.getString("positive_share"));
            assertEquals(effect, Double.parseDouble(r.getString("weighting_effect")), 1e-3);
        }
        Table byArea = Csv.read(out.resolve("suppression_by_area.csv"));
        assertEquals(suppressed.rowCount() + weighting.where(weighting.stringColumn("suppressed").isEqualTo("true")).rowCount(),
                byArea.stringColumn("shares_withheld").asList().stream().mapToInt(Integer::parseInt).sum(),
                "every withheld share is counted once");
    }

    @Test
    void digitalPotentialReweightingReproducesTheIndexAndEqualWeightsMoveRanks() throws Exception {
        Path out = run("digital-potential");
        Table index = Csv.read(out.resolve("index.csv"));
        Table sensitivity = Csv.read(out.resolve("weights_sensitivity.csv"));
        assertEquals(index.rowCount(), sensitivity.rowCount());
        for (Row r : index) {
            Table s = sensitivity.where(sensitivity.stringColumn("municipality_code").isEqualTo(r.getString("municipality_code"))
                    .and(sensitivity.stringColumn("service_code").isEqualTo(r.getString("service_code"))));
            assertEquals(Double.parseDouble(r.getString("index_value")),
                    Double.parseDouble(s.stringColumn("configured_index_value").get(0)), 0.006);
            assertEquals(r.getString("rank"), s.stringColumn("configured_rank").get(0), "the published rank, ties as published");
        }
        assertTrue(sensitivity.stringColumn("rank_shift").asList().stream().anyMatch(v -> Double.parseDouble(v) != 0),
                "equal weights reorder some services");
        assertEquals(5, Csv.read(out.resolve("claim_check.csv")).rowCount(), "one claim verdict per municipality");
    }

    /**
     * The Sobol indices of the bundled data: the mean rank shift depends on the aggregation (arithmetic or geometric)
     * far more than on any weight or unit cost; every ranked service has its strongest assumption.
     */
    @Test
    void digitalPotentialShowsWhichAssumptionDrivesTheRanks() throws Exception {
        Path out = run("digital-potential");
        Table shift = Csv.read(out.resolve("sensitivity_mean_rank_shift.csv"));
        assertEquals(10, shift.rowCount(), "7 weights, 2 unit costs, the aggregation");
        assertEquals("aggregation", shift.stringColumn("factor").get(0));
        assertTrue(Double.parseDouble(shift.stringColumn("total_effect").get(0)) > 0.8, shift.print());
        Table drivers = Csv.read(out.resolve("sensitivity_drivers.csv"));
        assertEquals(Csv.read(out.resolve("index.csv")).rowCount(), drivers.rowCount(), "one strongest assumption per service");
    }

    @Test
    void roadmapWhatIfReproducesThePublishedScheduleAndCapacityMovesActions() throws Exception {
        Path out = run("roadmap-what-if");
        Table check = Csv.read(out.resolve("baseline_vs_published.csv"));
        assertTrue(check.rowCount() > 50);
        assertTrue(check.stringColumn("moved").asList().stream().allMatch("false"::equals),
                "the re-run scheduler reproduces roadmap_schedule");
        Table half = Csv.read(out.resolve("half_capacity_214.csv"));
        Table moved214 = half.where(half.stringColumn("moved").isEqualTo("true").and(half.stringColumn("owner").isEqualTo("214")));
        assertTrue(moved214.rowCount() > 0, "half the capacity moves Kankaanpää's actions");
        for (Row r : moved214) {
            String after = r.getString("whatif_start");
            assertTrue(after.isEmpty() || after.compareTo(r.getString("baseline_start")) > 0, r.getString("action_id") + " later");
        }
        for (Row r : half.where(half.stringColumn("moved").isEqualTo("true"))) {
            assertTrue(List.of("214", "JOINT").contains(r.getString("owner")), "only 214 and joint actions move");
        }
        Table summary = Csv.read(out.resolve("summary.csv"));
        assertEquals("0", Csv.value(summary, "scenario", "baseline", "moved"));
        Table perYear = Csv.read(out.resolve("starts_per_year.csv"));
        for (String scenario : List.of("baseline", "double_capacity", "half_capacity_214", "two_pilots_at_once")) {
            assertEquals(check.rowCount(), perYear.stringColumn(scenario).asList().stream().mapToInt(Integer::parseInt).sum(),
                    scenario + ": every action starts in one year or is not placed");
        }
        assertEquals("1", Csv.value(perYear, "year", "not_placed", "baseline"), "181-S8-3 does not fit, as published");
        Table doubled = Csv.read(out.resolve("double_capacity.csv"));
        assertTrue(doubled.stream().anyMatch(r -> !r.getString("whatif_start").isEmpty()
                && r.getString("whatif_start").compareTo(r.getString("baseline_start")) < 0), "more capacity starts something earlier");
    }
}
