package fi.kuntadigi.analytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.potential.PotentialIndex;
import fi.kuntadigi.analytics.reference.ReferenceReader;
import fi.kuntadigi.analytics.surveys.SurveyAttacker;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.ingestion.run.IngestRun;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.ingestion.testing.Duck;
import fi.kuntadigi.ingestion.testing.TestSpark;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole chain on the bundled datasets: ingest, analyze, then every mart read back with DuckDB as
 * the dashboard reads it. The seed figures must come out of the data.
 */
class AnalyzeBundledDataTest {

    static final Path DATASETS = Path.of("..", "datasets");
    static final Path CONFIG = AnalyticsConfig.defaultFile(DATASETS);

    @TempDir
    static Path tmp;
    static Warehouse warehouse;
    static RunRecord run;

    @BeforeAll
    static void ingestAndAnalyze() throws Exception {
        warehouse = new Warehouse(tmp.resolve("warehouse"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        new IngestRun(TestSpark.session(), quiet, false).run(new IngestRun.Options(DATASETS, warehouse, List.of()));
        run = new AnalyzeRun(TestSpark.session(), quiet).run(new AnalyzeRun.Options(warehouse, CONFIG));
    }

    static String mart(String name) {
        return "read_parquet('" + warehouse.martGlob(name) + "')";
    }

    @Test
    void everyMartIsPublishedWithTheCatalogColumns() throws Exception {
        for (DatasetSchema m : Marts.all()) {
            assertTrue(Files.isSymbolicLink(warehouse.mart(m.name())), m.name());
            List<Object> columns = Duck.rows("select column_name from (describe select * from " + mart(m.name()) + ")")
                    .stream().map(r -> r.get(0)).toList();
            assertEquals(m.columnNames(), columns, m.name());
        }
    }

    @Test
    void manifestNamesTheRunTheInputVersionsAndTheConfig() throws Exception {
        JsonNode manifest = Json.mapper().readTree(warehouse.mart("potential_index").resolve(Warehouse.MANIFEST).toFile());
        assertEquals(run.runId(), manifest.path("run_id").asText());
        assertTrue(manifest.path("inputs").has("transactions"));
        assertEquals(64, manifest.path("config_sha256").asText().length());
        assertEquals("analyze", run.job());
        assertEquals(RunRecord.SUCCEEDED, run.status());
    }

    @Test
    void feedbackPilotGivesTheReportsFigures() throws Exception {
        assertEquals(List.of(List.of("181", 38L), List.of("214", 141L), List.of("608", 38L), List.of("747", 2L)),
                Duck.rows("select municipality_code, items_during from " + mart("pilot_feedback") + " order by 1"));
    }

    @Test
    void mostFeedbackIsAnsweredWithinThreeWorkingDays() throws Exception {
        double share = ((Number) Duck.value("select sum(answered_within_3_working_days) / sum(items_during) from "
                + mart("pilot_feedback"))).doubleValue();
        assertTrue(share > 0.5, "share " + share);
    }

    @Test
    void onlyHalfOfKankaanpaasChatsWereAnswered() throws Exception {
        assertEquals(0.5, Duck.value("select answer_rate from " + mart("pilot_chat") + " where municipality_code = '214'"));
    }

    @Test
    void fundingSplitReproducesTheApplicationsTableAndSumsExactly() throws Exception {
        assertEquals(List.of(0L, 2_325_000L), Duck.rows("select count(*) filter (where per_capita_method_cents <> "
                + "stated_share_cents), sum(computed_share_cents)::bigint from " + mart("cost_funding_split")).get(0));
    }

    @Test
    void documentInconsistenciesAreReported() throws Exception {
        assertEquals(List.of(List.of("application_2019:participants_share_vs_split", -660L),
                        List.of("final_report_2021:purchased_services_items_vs_total", -100L)),
                Duck.rows("select finding_id, difference_cents from " + mart("data_quality_findings") + " order by 1"));
    }

    /**
     * The application's participants' share is 23 250,00 €; its split by municipality adds up to 12 732,81 + 1 849,26
     * + 2 007,99 + 2 652,90 + 2 382,06 + 1 618,38 = 23 243,40 €, 6,60 € less.
     */
    @Test
    void aCostFindingReadsInSwedish() throws Exception {
        assertEquals("Kommunernas finansieringsandelar uppgår sammanlagt till 23\u00a0243,40\u00a0€, men i dokumentet anges "
                + "deltagarnas gemensamma finansieringsandel till 23\u00a0250,00\u00a0€ (skillnad \u22126,60\u00a0€). "
                + "Siffrorna behålls såsom de skrivits.", Duck.value("select reason_sv from " + mart("data_quality_findings")
                + " where finding_id = 'application_2019:participants_share_vs_split'"));
    }

    /**
     * Siikainen's identification forms (747-DP-IDFORMS) may start from 2022Q2, after the municipality's Suomi.fi
     * identification (747-L-SUOMIFI, ends 2022Q1), but the year 2022 is full: the placement reads so in Swedish,
     * quarters in words and the awaited action by its title.
     */
    @Test
    void aRoadmapPlacementReadsInSwedish() throws Exception {
        assertEquals(List.of("Siikais", "Placerad: 1 kv. 2023. Tidigast 2 kv. 2022; väntar på åtgärden ”Suomi.fi-identifikation "
                        + "tas i bruk i e-tjänsterna” (slutar 1 kv. 2022); kapaciteten för 2022 är fylld."),
                Duck.rows("select owner_name_sv, reason_sv from " + mart("roadmap_schedule")
                        + " where action_id = '747-DP-IDFORMS'").get(0));
    }

    /** Pomarkku's e-forms: 4,9 submissions a month against the threshold of 10 (analytics.properties). */
    @Test
    void aPilotSignalReadsInSwedish() throws Exception {
        assertEquals(List.of("Påmark", "Inskickade blanketter per månad var 4,9, vilket understiger tröskelvärdet 10,0: "
                        + "rekommendationen är att avsluta eller ändra genomförandet."),
                Duck.rows("select municipality_name_sv, reason_sv from " + mart("pilot_signals")
                        + " where municipality_code = '608' and pilot_id = 'eforms'").get(0));
    }

    @Test
    void municipalitiesAreNamedInSwedishWhereTheyHaveASwedishName() throws Exception {
        assertEquals(List.of(List.of("099", "Honkajoki", "Kankaanpää"), List.of("181", "Jämijärvi", "Jämijärvi"),
                        List.of("214", "Kankaanpää", "Kankaanpää"), List.of("230", "Karvia", "Karvia"),
                        List.of("608", "Påmark", "Påmark"), List.of("747", "Siikais", "Siikais")),
                Duck.rows("select municipality_code, municipality_name_sv, current_name_sv from "
                        + mart("cost_funding_split") + " order by 1"));
    }

    @Test
    void budgetAndActualTotalsAreTheSeedFigures() throws Exception {
        assertEquals(List.of(15_500_000L, 12_497_000L), Duck.rows("select budget_cents, actual_cents from "
                + mart("cost_budget_actual") + " where category = 'total'").get(0));
    }

    @Test
    void honkajokiHistoryRollsUpIntoKankaanpaa() throws Exception {
        assertEquals(List.of(List.of("214", 2019), List.of("214", 2020)), Duck.rows("select distinct current_code, year from "
                + mart("potential_service_year") + " where municipality_code = '099' order by 2"));
        long recorded = ((Number) Duck.value("select sum(transactions) from " + mart("potential_service_year")
                + " where year = 2020 and municipality_code in ('214', '099')")).longValue();
        long rolled = ((Number) Duck.value("select sum(transactions) from " + mart("potential_service_year")
                + " where year = 2020 and current_code = '214'")).longValue();
        assertEquals(recorded, rolled);
    }

    @Test
    void channelCostsAddUpToTheServiceYear() throws Exception {
        assertEquals(0L, Duck.value("select count(*) from (select municipality_code, service_code, year, sum(cost_cents) c "
                + "from " + mart("potential_channel_year") + " group by all) ch join " + mart("potential_service_year")
                + " sy using (municipality_code, service_code, year) where ch.c <> sy.cost_cents"));
    }

    @Test
    void noPublishedSurveyGroupHasFewerThanFiveAnswers() throws Exception {
        assertEquals(0L, Duck.value("select count(*) from " + mart("survey_results")
                + " where answers < 5 or positive_share * answers < 4.5 or (1 - positive_share) * answers < 4.5"));
        assertEquals(0L, Duck.value("select count(*) from " + mart("survey_distribution") + " where count < 5"));
        assertEquals(0L, Duck.value("select count(*) from " + mart("survey_results")
                + " where suppressed and positive_share is not null"));
    }

    /**
     * The attacker of issue 11 on the published marts: every additive relation (bands to area, areas to region,
     * answer values to question), share x n, mean x n and the squares behind the mean's interval, by linear
     * programming. No withheld count may be left with fewer than 5 possible values. (On the marts of the old
     * rule it found 353, e.g. Pomarkku's 18-29 answers to res21_can_identify exactly 4.)
     */
    @Test
    void noWithheldSurveyCountCanBeNarrowedBelowTheThreshold() throws Exception {
        List<SurveyAttacker.Finding> findings = new SurveyAttacker(mart("survey_results"), mart("survey_distribution"),
                AnalyticsConfig.load(CONFIG).surveys().z(), 5).findings();
        assertEquals(List.of(), findings);
    }

    @Test
    void readinessOfAMunicipalityWithWithheldSurveyFiguresIsTheRegions() throws Exception {
        // readiness items of the residents' survey: a municipality with any band share withheld may not carry
        // its own post-stratified figure (it would let the withheld bands be solved for)
        assertEquals(1L, Duck.value("select count(distinct s.readiness) from " + mart("potential_savings") + " s where "
                + "s.municipality_code in (select area_code from " + mart("survey_results") + " where question_id in "
                + "('res21_prefer_online', 'res21_willing_eservices', 'res21_can_identify', 'res21_feedback_online') "
                + "and age_band <> 'all' and positive_share is null)"));
    }

    @Test
    void answerSharesOfEveryFullyPublishedAreaAddUpToOne() throws Exception {
        assertEquals(0L, Duck.value("select count(*) from (select question_id, area_code, sum(share) s from "
                + mart("survey_distribution") + " group by all having bool_and(not suppressed)) where abs(s - 1) > 1e-9"));
    }

    @Test
    void equipmentWithoutBudgetHasNoUtilisation() throws Exception {
        // 0 € budgeted for equipment in the application, 499 € spent: actual / budget is undefined
        assertEquals(List.of(0L, 49_900L, true), Duck.rows("select budget_cents, actual_cents, utilisation_pct is null from "
                + mart("cost_budget_actual") + " where category = 'equipment'").get(0));
    }

    @Test
    void maturityChangeIsZeroInTheStartRound() throws Exception {
        assertEquals(List.of(0L, 0L), Duck.rows("select count(*) filter (where change_from_start is null), "
                + "count(*) filter (where change_from_start <> 0) from " + mart("maturity_index") + " where round_id = "
                + "(select round_id from " + mart("maturity_index") + " m join " + mart("maturity_dimension")
                + " d using (round_id) order by d.assessed_on limit 1)").get(0));
    }

    @Test
    void digivapaIsScheduledAsRunningFromTheStart() throws Exception {
        // final report 8: DIGIVAPA started in March 2021 and runs to at least October 2022
        assertEquals(List.of("in_progress", "2021Q1", true), Duck.rows("select status, start_quarter, placed from "
                + mart("roadmap_schedule") + " where action_id = 'JOINT-DIGIVAPA'").get(0));
    }

    @Test
    void moneyIndicatorsAreTheExactCentsOfTheSavingsMart() throws Exception {
        assertEquals(List.of(131L, 0L, 0L), Duck.rows("select count(*), count(*) filter (where i.raw_cents <> "
                + "s.net_benefit_shared_cents), count(*) filter (where i.raw_value <> i.raw_cents / 100) from "
                + mart("potential_indicators") + " i join " + mart("potential_savings") + " s using (municipality_code, "
                + "service_code) where i.indicator_id = 'net_benefit_shared'").get(0));
        assertEquals(0L, Duck.value("select count(*) from " + mart("potential_indicators") + " where "
                + "(raw_cents is null) = (indicator_id in ('saving_per_transaction', 'net_benefit_shared'))"));
    }

    @Test
    void costPerTransactionIsWholeCentsRoundedHalfUp() throws Exception {
        assertEquals("BIGINT", Duck.value("select column_type from (describe select cost_per_transaction_cents from "
                + mart("potential_service_year") + ")"));
        assertEquals(0L, Duck.value("select count(*) from " + mart("potential_service_year") + " where transactions > 0 "
                + "and cost_per_transaction_cents <> floor(cost_cents::decimal(38, 4) / transactions + 0.5)"));
    }

    @Test
    void sharedSolutionCostsAddUpToTheCatalogue() throws Exception {
        // every municipality of the region uses Lupapiste services: their shares add up to its joint one-off cost
        assertEquals(800_000L, ((Number) Duck.value("select sum(shared_one_off_cents) from " + mart("potential_savings")
                + " where solution_id = 'lupapiste'")).longValue());
    }

    @Test
    void scheduleRespectsDependencies() throws Exception {
        assertEquals(0L, Duck.value("select count(*) from " + mart("roadmap_schedule") + " a, unnest(string_split("
                + "a.depends_on, '|')) d(dep) join " + mart("roadmap_schedule") + " b on b.action_id = d.dep "
                + "where a.placed and (not b.placed or a.start_quarter <= b.end_quarter)"));
    }

    @Test
    void scheduleRespectsCapacity() throws Exception {
        assertEquals(0L, Duck.value("select count(*) from " + mart("roadmap_capacity")
                + " where used_person_days > capacity_person_days or used_cents > capacity_cents"));
    }

    @Test
    void everyCandidateActionIsListedWithAReason() throws Exception {
        long actions = ((Number) Duck.value("select count(*) from read_csv('" + DATASETS.resolve(
                "roadmap_actions/roadmap_actions.csv").toAbsolutePath() + "')")).longValue();
        List<Object> row = Duck.rows("select count(*) filter (where action_id not like '%-POT-%'), "
                + "count(*) filter (where reason_fi = '' or reason_en = '' or reason_sv = '') from " + mart("roadmap_schedule")).get(0);
        assertEquals(actions, ((Number) row.get(0)).longValue());
        assertEquals(0L, row.get(1));
    }

    /**
     * Differential check of the index: DuckDB SQL recomputes the volume indicators straight from the
     * warehouse's transactions, then normalises (min-max) and aggregates (linear, configured weights)
     * all indicators on its own; the result must equal the index the Spark job published.
     */
    @Test
    void potentialIndexMatchesAnIndependentDuckDbComputation() throws Exception {
        PotentialIndex index = PotentialIndex.load(AnalyticsConfig.load(CONFIG).index().framework());
        assertEquals("min_max", index.normalisationLabel());
        assertEquals("linear", index.aggregationLabel());
        StringBuilder weights = new StringBuilder("values ");
        for (int k = 0; k < index.indicators().size(); k++) {
            weights.append("('").append(index.indicators().get(k)).append("', ").append(index.weights()[k]).append("),");
        }
        String tx = "read_parquet('" + warehouse.parquetGlob("transactions") + "', hive_partitioning = true)";
        String ch = "read_parquet('" + warehouse.dataset("channels").resolve("*.parquet") + "')";
        String sql = """
                with w(indicator_id, weight) as (%s),
                volume as (
                  select t.municipality_code, t.service_code,
                         sum(t.transactions) filter (where not c.digital)::double as non_digital_volume,
                         sum(t.transactions) filter (where not c.digital) / sum(t.transactions) as non_digital_share,
                         coalesce(sum(t.handling_minutes) filter (where not c.digital), 0) / 60 as handling_hours
                  from %s t join %s c using (channel_code)
                  where t.year = 2021 group by all having sum(t.transactions) > 0),
                raw as (
                  unpivot volume on non_digital_volume, non_digital_share, handling_hours
                    into name indicator_id value raw_value
                  union all by name
                  select municipality_code, service_code, indicator_id, raw_value from %s
                  where indicator_id not in ('non_digital_volume', 'non_digital_share', 'handling_hours')),
                normalised as (
                  select *, case when max(raw_value) over i = min(raw_value) over i then 0.5
                    else (raw_value - min(raw_value) over i) / (max(raw_value) over i - min(raw_value) over i) end as n
                  from raw window i as (partition by indicator_id)),
                duck as (
                  select municipality_code, service_code, 100 * sum(n * weight) as index_value
                  from normalised join w using (indicator_id) group by all)
                select count(*), max(abs(d.index_value - s.index_value)), count(*) filter (where s.index_value is null)
                from duck d left join %s s using (municipality_code, service_code)
                """.formatted(weights.substring(0, weights.length() - 1), tx, ch, mart("potential_indicators"),
                mart("potential_index"));
        List<Object> row = Duck.rows(sql).get(0);
        long units = ((Number) Duck.value("select count(*) from " + mart("potential_index"))).longValue();
        assertEquals(units, ((Number) row.get(0)).longValue());
        assertTrue(((Number) row.get(1)).doubleValue() < 1e-9, "largest difference " + row.get(1));
        assertEquals(0L, row.get(2));
    }

    /**
     * The analyze benchmark's yardstick (bench/AnalyzeDuckDbBaseline.java, run as bench/analyze.sh runs it)
     * computes what analyze published: same savings to the cent, same index and ranks. The bench compares
     * times only on that premise.
     */
    @Test
    void benchmarkBaselineComputesWhatAnalyzePublished() throws Exception {
        String duckdbJar = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> Path.of(e).getFileName().toString().startsWith("duckdb_jdbc")).findFirst().orElseThrow();
        Path javaCommand = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(javaCommand.toString(), "-cp", duckdbJar, Path.of("..", "bench", "AnalyzeDuckDbBaseline.java")
                .toString(), warehouse.root().toString(), tmp.resolve("baseline").toString(), CONFIG.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.contains("units=131 matched_in_analyze=131 "), out);
        assertTrue(out.contains(" rank_differences=0 "), out);
        assertTrue(out.contains("savings_differences=0 max_shiftable_difference=0.00e+00 "), out);
        Matcher index = Pattern.compile("max_index_difference=(\\S+)").matcher(out);
        assertTrue(index.find(), out);
        assertTrue(Double.parseDouble(index.group(1)) < 1e-9, out);
    }

    @Test
    void volumeIndicatorsMatchTheWarehouse() throws Exception {
        String tx = "read_parquet('" + warehouse.parquetGlob("transactions") + "', hive_partitioning = true)";
        assertEquals(0L, Duck.value("select count(*) from " + mart("potential_indicators") + " i join (select "
                + "municipality_code, service_code, sum(transactions) filter (where channel_code in ('paper', 'phone', "
                + "'face_to_face', 'email'))::double v from " + tx + " where year = 2021 group by all) t using "
                + "(municipality_code, service_code) where i.indicator_id = 'non_digital_volume' and i.raw_value <> t.v"));
    }

    @Test
    void rankIntervalsContainTheMedianRank() throws Exception {
        assertEquals(0L, Duck.value("select count(*) from " + mart("potential_index")
                + " where not (mc_rank_p05 <= mc_median_rank and mc_median_rank <= mc_rank_p95)"));
    }

    @Test
    void claimIsCheckedForEveryMunicipalityOfTheRegion() throws Exception {
        assertEquals(List.of("181", "214", "230", "608", "747"), Duck.rows("select municipality_code from "
                + mart("potential_claim_check") + " order by 1").stream().map(r -> r.get(0)).toList());
    }

    @Test
    void missingWarehouseFailsWithAClearMessageAndARunRecord() throws Exception {
        Warehouse empty = new Warehouse(tmp.resolve("empty"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        UnusableInputException e = assertThrows(UnusableInputException.class, () ->
                new AnalyzeRun(TestSpark.session(), quiet).run(new AnalyzeRun.Options(empty, CONFIG)));
        assertTrue(e.getMessage().contains("run 'kuntadigi ingest' first"), e.getMessage());
        Map<String, Object> statuses = new HashMap<>();
        try (var files = Files.list(empty.runs())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                statuses.put(f.getFileName().toString(), Json.mapper().readTree(f.toFile()).path("status").asText());
            }
        }
        assertEquals(List.of(RunRecord.FAILED), List.copyOf(statuses.values()));
        assertFalse(Files.exists(empty.mart("potential_index")));
    }

    /** A copy of the test's warehouse (links kept as links), to break without disturbing the other tests. */
    private static Warehouse copyOfWarehouse(String name) throws Exception {
        Path copy = tmp.resolve(name);
        try (var paths = Files.walk(warehouse.root())) {
            for (Path p : paths.toList()) {
                Files.copy(p, copy.resolve(warehouse.root().relativize(p).toString()), LinkOption.NOFOLLOW_LINKS);
            }
        }
        return new Warehouse(copy);
    }

    @Test
    void aFailingJobFailsTheRunWithoutLeavingTheJobsThatWaitForItWaiting() throws Exception {
        Warehouse broken = copyOfWarehouse("broken-surveys");
        try (var files = Files.list(broken.dataset("survey_responses"))) {
            for (Path part : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                Files.writeString(part, "not parquet");
            }
        }
        Path published = Files.readSymbolicLink(broken.mart("potential_index"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        // potential waits for the surveys' readiness; surveys fails reading its responses: the run must end with
        // surveys' error
        RuntimeException e = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> assertThrows(
                RuntimeException.class, () -> new AnalyzeRun(TestSpark.session(), quiet).run(
                        new AnalyzeRun.Options(broken, CONFIG))));

        assertTrue(e.getMessage().contains("survey_responses") && e.getMessage().contains("is not a Parquet file"),
                e.getMessage());
        assertEquals(published, Files.readSymbolicLink(broken.mart("potential_index")), "the last good marts stay");
    }

    @Test
    void aDatasetNotPublishedIsNamedWithItsReadersBeforeAnyWork() throws Exception {
        Warehouse broken = copyOfWarehouse("no-surveys");
        Files.delete(broken.dataset("survey_responses"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        UnusableInputException e = assertThrows(UnusableInputException.class, () ->
                new AnalyzeRun(TestSpark.session(), quiet).run(new AnalyzeRun.Options(broken, CONFIG)));

        assertEquals("survey_responses is not published in " + broken.root()
                + "; run 'kuntadigi ingest' first (read by surveys)", e.getMessage());
    }

    /** Every dataset the run reads is one a feature (or the reference data) declares, and every declared one is read. */
    @Test
    void theFeaturesDeclareTheDatasetsTheRunRead() throws Exception {
        JsonNode manifest = Json.mapper().readTree(warehouse.mart("potential_index").resolve(Warehouse.MANIFEST).toFile());
        List<String> declared = Stream.concat(ReferenceReader.DATASETS.stream(),
                MartJobs.all().stream().flatMap(job -> job.datasets().stream())).map(DatasetSchema::name).sorted().distinct().toList();
        List<String> read = new ArrayList<>();
        manifest.path("inputs").fieldNames().forEachRemaining(read::add);
        assertEquals(declared, read.stream().sorted().toList());
    }

    @Test
    void datasetPublishedByAnOlderSchemaIsNotMisread() throws Exception {
        Warehouse older = copyOfWarehouse("older");
        Path copy = older.root();
        Path manifest = older.dataset("transactions").resolve(Warehouse.MANIFEST);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"schema_version\"\\s*:\\s*\\d+",
                "\"schema_version\":1"));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        UnusableInputException e = assertThrows(UnusableInputException.class, () ->
                new AnalyzeRun(TestSpark.session(), quiet).run(new AnalyzeRun.Options(older, CONFIG)));

        assertEquals("transactions in " + copy + " was published with schema version 1; this kuntadigi reads version "
                + Datasets.TRANSACTIONS.version() + ": run 'kuntadigi ingest' again to republish it",
                e.getMessage());
    }
}
