package fi.kuntadigi.ingestion.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.ingestion.publish.Manifest;
import fi.kuntadigi.ingestion.publish.WarehousePublisher;
import fi.kuntadigi.ingestion.source.TextEncoding;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.ingestion.testing.Duck;
import fi.kuntadigi.ingestion.testing.Fixtures;
import fi.kuntadigi.ingestion.testing.TestSpark;
import fi.kuntadigi.operations.inbox.Inbox;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end loads through Spark local mode into a real Parquet warehouse, read back with DuckDB. */
class IngestRunTest {

    @TempDir
    Path tmp;
    Path datasets;
    Warehouse warehouse;

    @BeforeEach
    void fixture() throws Exception {
        datasets = Fixtures.minimal(tmp.resolve("datasets"));
        warehouse = new Warehouse(tmp.resolve("warehouse"));
    }

    private RunRecord ingest(String... sources) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        return new IngestRun(TestSpark.session(), new PrintStream(out, true, StandardCharsets.UTF_8), false)
                .run(new IngestRun.Options(datasets, warehouse, List.of(sources)));
    }

    private String transactions() {
        return "read_parquet('" + warehouse.parquetGlob("transactions") + "', hive_partitioning = true)";
    }

    private String quarantine(String dataset) {
        return "read_parquet('" + warehouse.quarantine(dataset).resolve("*.parquet") + "')";
    }

    private static RunRecord.DatasetCounts counts(RunRecord run, String dataset) {
        return run.datasets().stream().filter(c -> c.dataset().equals(dataset)).findFirst().orElseThrow();
    }

    @Test
    void loadsEverySourceKindOfTheMinimalFixture() throws Exception {
        RunRecord run = ingest();

        assertEquals(RunRecord.SUCCEEDED, run.status());
        assertEquals(Datasets.all().size(), run.datasets().size());
        for (RunRecord.DatasetCounts c : run.datasets()) {
            assertEquals(c.read(), c.published() + c.quarantined(), c.dataset());
        }
        assertEquals(0L, run.quarantined());
        assertEquals(47L, Duck.value("select sum(transactions)::bigint from " + transactions()));
        assertEquals(25.5, Duck.value("select handling_minutes from " + transactions() + " where channel_code = 'eservice_identified'"));
        assertEquals("Kankaanpää", Duck.value("select name_fi from read_parquet('" + warehouse.parquetGlob("municipalities")
                + "') where municipality_code = '214'"));
        assertEquals("099", Duck.value("select municipality_code from " + transactions() + " where year = 2020"));
    }

    private Object one(String dataset, String select) throws Exception {
        return Duck.value("select " + select + " from read_parquet('" + warehouse.parquetGlob(dataset) + "')");
    }

    @Test
    void everySourceKindPublishesItsFiguresTyped() throws Exception {
        ingest();

        assertEquals(11471, one("population", "max(population)"));
        assertEquals("2021-04-06 09:00:00", one("feedback_items", "min(received_at)::varchar"));
        assertEquals(1L, one("chat_sessions", "count(*) filter (where answered)"));
        assertEquals(12L, one("eform_submissions", "sum(submissions)::bigint"));
        assertEquals(10L, one("digital_support_events", "sum(participants)::bigint"));
        assertEquals(2.25, one("maturity_scores", "avg(level)"));
        assertEquals(17_907_800L, one("cost_lines", "sum(amount_cents)::bigint"));
        assertEquals(1_849_26L, one("funding_split", "min(stated_share_cents)"));
        assertEquals("kan-suomifi", one("roadmap_actions", "max(depends_on)"));
        assertEquals("planned", one("roadmap_status", "max(status)"));
        assertEquals("2021-10-31", one("pilots", "max(end_date)::varchar"));
    }

    @Test
    void wideSurveyExportBecomesOneRowPerAnswerWithNamesResolvedToCodes() throws Exception {
        ingest("reference", "surveys");

        List<List<Object>> rows = Duck.rows("select respondent_id, municipality_code, question_id, answer, responded_on::varchar from read_parquet('"
                + warehouse.parquetGlob("survey_responses") + "') order by respondent_id, question_id");
        assertEquals(List.of(
                List.of("1", "214", "r01", 4, "2021-03-15"),
                List.of("1", "214", "r02", 1, "2021-03-15"),
                List.of("2", "747", "r01", 2, "2021-03-16")), rows);
    }

    @Test
    void windows1252SemicolonExportWithDecimalCommaAndFinnishHeadersLoadsThroughTheMapping() throws Exception {
        Fixtures.csv(datasets, "mappings/transactions.properties", """
                Kunta = municipality_code
                Palvelu = service_code
                Kanava = channel_code
                Kuukausi = month
                Vuosi = year
                Määrä = transactions
                Käsittelyaika\\ (min) = handling_minutes
                Synteettinen = synthetic
                """);
        Fixtures.write(datasets, "transactions/siikainen.csv", """
                Kunta;Palvelu;Kanava;Kuukausi;Vuosi;Määrä;Käsittelyaika (min);Synteettinen
                Siikainen;library_card;face_to_face;1.3.2021;2021;7;17,5;ei
                747;library_card;web_form;01.03.2021;2021;1 200;0,5;kyllä
                """, TextEncoding.WINDOWS_1252);

        RunRecord run = ingest("reference", "transactions");

        assertEquals(0, counts(run, "transactions").quarantined());
        assertEquals(List.of(List.of("face_to_face", 7L, 17.5, false), List.of("web_form", 1200L, 0.5, true)),
                Duck.rows("select channel_code, transactions, handling_minutes, synthetic from " + transactions()
                        + " where municipality_code = '747' order by channel_code"));
    }

    @Test
    void everyBadRowIsQuarantinedWithFileLineColumnAndReason() throws Exception {
        Fixtures.csv(datasets, "transactions/bad.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                214,building_permit,paper,2021-03-01,2021,many,1,true
                214,building_permit,paper,2021-04-01,2021,-3,1,true
                999,building_permit,paper,2021-03-01,2021,1,1,true
                214,dog_tax,paper,2021-03-01,2021,1,1,true
                214,building_permit,fax,2021-03-01,2021,1,1,true
                099,building_permit,paper,2021-02-01,2021,4,1,true
                214,building_permit,paper,2021-05-01,2021,1
                214,building_permit,paper,2021-01-01,2021,99,1,true
                214,building_permit,paper,2021-06-15,2021,1,1,true
                214,building_permit,paper,2021-07-01,2020,1,1,true
                """);

        RunRecord run = ingest("reference", "transactions");

        RunRecord.DatasetCounts c = counts(run, "transactions");
        assertEquals(14, c.read());
        assertEquals(4, c.published());
        assertEquals(10, c.quarantined());
        List<List<Object>> rows = Duck.rows("select file, line, \"column\", value, reason from " + quarantine("transactions")
                + " order by file, line");
        assertEquals(List.of("transactions/bad.csv", 2L, "transactions", "many",
                "transactions 'many' is not a whole number; write digits only, e.g. 1250"), rows.get(0));
        assertEquals(List.of("transactions/bad.csv", 3L, "transactions", "-3",
                "transactions '-3' is below the smallest allowed value 0"), rows.get(1));
        assertEquals(List.of("transactions/bad.csv", 4L, "municipality_code", "999",
                "municipality_code '999' is not a known municipalities key; add it to datasets/municipalities/ or correct the value"), rows.get(2));
        assertEquals("service_code 'dog_tax' is not a known services key; add it to datasets/services/ or correct the value", rows.get(3).get(4));
        assertEquals("channel_code 'fax' is not a known channels key; add it to datasets/channels/ or correct the value",
                rows.get(4).get(4));
        assertEquals(List.of("transactions/bad.csv", 7L, "municipality_code", "099",
                "municipality 099 Honkajoki no longer existed on 2021-02-01 (month): it merged into 214 on 2021-01-01;"
                        + " report rows from 2021-01-01 under 214"), rows.get(5));
        assertEquals("row has 6 fields but the header has 8; check delimiters and quotes on this line", rows.get(6).get(4));
        assertEquals(List.of("transactions/bad.csv", 9L, "municipality_code, service_code, channel_code, month",
                "214|building_permit|paper|2021-01-01",
                "duplicate: the same municipality_code, service_code, channel_code, month as transactions/214.csv line 2;"
                        + " keep one of the two rows"), rows.get(7));
        assertEquals(List.of("transactions/bad.csv", 10L, "month", "2021-06-15",
                "month 2021-06-15 is not the first day of a month; write 2021-06-01 (or 2021-06)"), rows.get(8));
        assertEquals("year 2020 is not the year of month 2021-07-01; correct one of them", rows.get(9).get(4));
        assertEquals(10L, Duck.value("select count(*) from " + quarantine("transactions")));
    }

    @Test
    void honkajokiHistoryBeforeTheMergerIsPublished() throws Exception {
        RunRecord run = ingest("reference", "transactions");

        assertEquals(0, counts(run, "transactions").quarantined());
        assertEquals(2L, Duck.value("select sum(transactions)::bigint from " + transactions() + " where municipality_code = '099'"));
    }

    @Test
    void missingRequiredColumnIsUnusableAndPublishesNothing() throws Exception {
        Fixtures.csv(datasets, "transactions/214.csv", """
                municipality_code,channel_code,month,year,transactions,synthetic
                214,paper,2021-01-01,2021,10,true
                """);

        UnusableInputException e = assertThrows(UnusableInputException.class, () -> ingest());

        assertEquals("transactions/214.csv: required column service_code missing (header has: municipality_code, channel_code,"
                + " month, year, transactions, synthetic); add it to the export or map the export's header to it in"
                + " mappings/transactions.properties", e.getMessage());
        assertFalse(Files.exists(warehouse.dataset("municipalities")), "reference data of the failed run was published");
        assertFalse(Files.exists(warehouse.staging("x").getParent().resolve("anything")));
    }

    @Test
    void missingDatasetFolderIsUnusable() throws Exception {
        WarehousePublisher.deleteTree(datasets.resolve("pilots"));

        UnusableInputException e = assertThrows(UnusableInputException.class, () -> ingest("reference"));

        assertTrue(e.getMessage().startsWith("pilots/: folder is missing from "), e.getMessage());
    }

    @Test
    void rerunningTheSameInputGivesTheSameRowsWithoutDuplicates() throws Exception {
        ingest("reference", "transactions");
        List<List<Object>> first = Duck.rows("select * from " + transactions() + " order by all");

        ingest("reference", "transactions");
        ingest("reference", "transactions");
        ingest("reference", "transactions");

        assertEquals(first, Duck.rows("select * from " + transactions() + " order by all"));
        try (var versions = Files.list(warehouse.versions("transactions"))) {
            assertEquals(3, versions.count(), "older versions are pruned");
        }
    }

    @Test
    void aRunThatFailsHalfWayLeavesThePreviousVersionPublishedAndReadable() throws Exception {
        ingest();
        Path before = Files.readSymbolicLink(warehouse.dataset("transactions"));
        Fixtures.csv(datasets, "transactions/214.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                214,building_permit,paper,2021-01-01,2021,1000,450,true
                """);
        Fixtures.csv(datasets, "roadmap_actions/roadmap_actions.csv", "action_id,owner\nx,214\n");

        assertThrows(UnusableInputException.class, () -> ingest());

        assertEquals(before, Files.readSymbolicLink(warehouse.dataset("transactions")));
        assertEquals(47L, Duck.value("select sum(transactions)::bigint from " + transactions()));
        try (var staging = Files.list(warehouse.staging("x").getParent())) {
            assertEquals(0, staging.count(), "the failed run's staging is removed");
        }
        RunRecord failed = latestRun();
        assertEquals(RunRecord.FAILED, failed.status());
        assertTrue(failed.error().startsWith("roadmap_actions/roadmap_actions.csv: required columns"), failed.error());
    }

    @Test
    void manifestRecordsRunInputsChecksumsAndCounts() throws Exception {
        RunRecord run = ingest("reference", "transactions");

        Manifest manifest = Json.read(warehouse.dataset("transactions").resolve("_manifest.json"), Manifest.class);
        assertEquals(run.runId(), manifest.runId());
        assertEquals(Datasets.TRANSACTIONS.version(), manifest.schemaVersion());
        assertEquals(4, manifest.rowsRead());
        assertEquals(4, manifest.rowsPublished());
        assertEquals("transactions/214.csv", manifest.inputs().get(0).file());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(datasets.resolve("transactions/214.csv")))), manifest.inputs().get(0).sha256());
        assertEquals(Files.size(datasets.resolve("transactions/214.csv")), manifest.inputs().get(0).bytes());
    }

    private RunRecord latestRun() throws Exception {
        try (var runs = Files.list(warehouse.runs())) {
            Path newest = runs.filter(p -> p.toString().endsWith(".json")).sorted().reduce((a, b) -> b).orElseThrow();
            return Json.read(newest, RunRecord.class);
        }
    }

    @Test
    void dryRunSaysRowByRowWhatANewExportWouldDoAndPublishesNothing() throws Exception {
        Path file = Fixtures.csv(tmp, "new.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                214,library_card,web_form,2021-03-01,2021,5,0.5,true
                214,building_permit,paper,2021-01-01,2021,99,1,true
                099,building_permit,paper,2021-02-01,2021,4,1,true
                """);

        DryRun dry = new IngestRun(TestSpark.session(), System.out, false)
                .dryRun(new IngestRun.Options(datasets, warehouse, List.of()), "transactions", file);

        assertEquals(3, dry.rows());
        assertEquals(1, dry.published());
        assertEquals(2, dry.quarantined());
        assertEquals(List.of(3L, 4L), dry.sample().stream().map(q -> q.line()).sorted().toList());
        QuarantinedRow duplicate = dry.sample().stream().filter(q -> q.line() == 3).findFirst().orElseThrow();
        assertTrue(duplicate.reason().startsWith("duplicate: the same municipality_code, service_code,"
                + " channel_code, month as transactions/214.csv line 2"), duplicate.reason());
        assertEquals("duplicate", duplicate.code());
        assertEquals(List.of("transactions/214.csv", "2"), duplicate.args(), "the reason's values, for a page to translate");
        assertEquals("municipality_merged", dry.sample().stream().filter(q -> q.line() == 4).findFirst().orElseThrow().code());
        assertFalse(Files.exists(warehouse.root()));
    }

    @Test
    void dryRunCountsEachReasonKeepsASampleWritesEveryRowAndWarnsOfDatesOutsideTheDatasPeriod() throws Exception {
        StringBuilder csv = new StringBuilder("municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic\n");
        for (int i = 0; i < 25; i++) {
            csv.append("214,library_card,web_form,2021-01-01,2021,-").append(i + 1).append(",1,true\n");
        }
        csv.append("214,library_card,web_form,2027-02-01,2027,3,1,true\n");
        csv.append("214,library_card,paper,2027-01-01,2027,3,1,true\n");
        csv.append("214,library_card,paper,2021-01-01,2021,3,1,true\n");
        csv.append("214,library_card,paper,2021-05-01,2021,3,1,true\n");
        csv.append("214,library_card,paper,2021-06-01,2021,3,1,true\n");
        csv.append("214,library_card,paper,2020-11-01,2020,3,1,true\n");
        Path file = Fixtures.csv(tmp, "new.csv", csv.toString());
        Path rows = tmp.resolve("rows.csv");

        DryRun dry;
        try (DryRun.RowsCsv all = new DryRun.RowsCsv(rows)) {
            dry = new IngestRun(TestSpark.session(), System.out, false)
                    .dryRun(new IngestRun.Options(datasets, warehouse, List.of()), "transactions", file, all, false);
        }

        assertEquals(31, dry.rows());
        assertEquals(6, dry.published());
        assertEquals(1, dry.reasons().size());
        assertEquals("below_min", dry.reasons().get(0).code());
        assertEquals(25, dry.reasons().get(0).count());
        assertEquals(DryRun.SAMPLE, dry.reasons().get(0).sample().size(), "the page gets a sample, not the file");
        assertEquals(List.of("0"), dry.reasons().get(0).sample().get(0).args());
        assertEquals(new DryRun.Period(LocalDate.of(2020, 12, 1), LocalDate.of(2021, 2, 1)), dry.period(),
                "the dataset's period: its current inputs' months");
        assertEquals(new DryRun.Outside(4, LocalDate.of(2020, 11, 1), LocalDate.of(2027, 2, 1), List.of(27L, 28L, 31L, 32L)),
                dry.outside(), "before the period, more than three months after February 2021 (June) and in the future;"
                        + " May 2021 continues the data as a quarterly export would");
        List<String> lines = Files.readAllLines(rows);
        assertEquals(26, lines.size(), "every quarantined row in the download");
        assertEquals("line,column,value,reason_code,reason", lines.get(0));
        assertEquals("2,transactions,'-1,below_min,transactions '-1' is below the smallest allowed value 0", lines.get(1));
    }

    @Test
    void theNextRunLoadsWhatWaitsInTheInboxThenKeepsItAsAnInputAndArchivesIt() throws Exception {
        Inbox inbox = new Inbox(tmp.resolve("inbox"), Inbox.DEFAULT_MAX_BYTES);
        Inbox.Received received = inbox.receive("transactions", "siikainen.csv", new ByteArrayInputStream("""
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                747,library_card,web_form,2021-03-01,2021,5,0.5,true
                """.getBytes(StandardCharsets.UTF_8)));

        RunRecord run = new IngestRun(TestSpark.session(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), false).run(new IngestRun.Options(datasets, warehouse, List.of("reference",
                "transactions"), null, inbox));

        assertEquals(52L, Duck.value("select sum(transactions)::bigint from " + transactions()));
        assertTrue(inbox.pending("transactions").isEmpty());
        assertTrue(Files.exists(datasets.resolve("transactions").resolve(received.file())), "kept as an input");
        assertTrue(Files.exists(inbox.root().resolve("archive").resolve(run.runId()).resolve("transactions")
                .resolve(received.file())), "original archived");
    }
    /** Kankaanpää (214) sends January and February 2021 again with fixed figures (fixture: 10, 5 and 30). */
    private static final String CORRECTION = """
            municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
            214,building_permit,paper,2021-01-01,2021,12,450,true
            214,building_permit,eservice_identified,2021-01-01,2021,6,25.5,true
            214,library_card,face_to_face,2021-02-01,2021,31,150,true
            """;

    private RunRecord ingestWith(Inbox inbox) throws Exception {
        return new IngestRun(TestSpark.session(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                false).run(new IngestRun.Options(datasets, warehouse, List.of("reference", "transactions"), null, inbox));
    }

    @Test
    void aCorrectionChosenToReplaceReplacesTheRowsOfItsMunicipalityMonthsAndTheOldRowsStayInTheQuarantine() throws Exception {
        Inbox inbox = new Inbox(tmp.resolve("inbox"), Inbox.DEFAULT_MAX_BYTES);
        Inbox.Received received = inbox.receive("transactions", "kankaanpaa-korjattu.csv",
                new ByteArrayInputStream(CORRECTION.getBytes(StandardCharsets.UTF_8)));
        inbox.markReplacing("transactions", received.file(), "analyst", Instant.parse("2026-11-27T06:00:00Z"));

        RunRecord run = ingestWith(inbox);

        assertEquals(2L + 12 + 6 + 31, Duck.value("select sum(transactions)::bigint from " + transactions()),
                "Honkajoki's 2 and the corrected 12 + 6 + 31");
        assertEquals(3L, counts(run, "transactions").quarantined());
        List<List<Object>> archived = Duck.rows("select reason, record from " + quarantine("transactions") + " order by line");
        assertEquals(3, archived.size());
        for (List<Object> row : archived) {
            assertEquals("replaced_by inbox/transactions/" + received.file(), row.get(0));
        }
        assertEquals(List.of("10", "5", "30"), archived.stream().map(r -> r.get(1).toString().split(",")[5]).toList(),
                "the old figures are kept");
        assertEquals(List.of(received.file()), Files.readAllLines(datasets.resolve("transactions").resolve(IngestRun.REPLACING)),
                "the correction is remembered with its input");

        ingestWith(null);
        assertEquals(51L, Duck.value("select sum(transactions)::bigint from " + transactions()), "and keeps replacing");
    }

    @Test
    void theDryRunOfACorrectionListsWhatItWouldReplacePerMunicipalityMonth() throws Exception {
        Path file = Fixtures.csv(tmp, "korjaus.csv", CORRECTION);

        DryRun dry = new IngestRun(TestSpark.session(), System.out, false)
                .dryRun(new IngestRun.Options(datasets, warehouse, List.of()), "transactions", file, row -> { }, true);

        assertEquals(3, dry.published());
        assertEquals(0, dry.quarantined());
        assertEquals(3, dry.replaced().rows());
        assertEquals(Map.of("214|2021-01-01", 2L, "214|2021-02-01", 1L), dry.replaced().byMunicipalityMonth());
        assertEquals(List.of("transactions/214.csv"), dry.replaced().sample().stream().map(QuarantinedRow::file).distinct().toList());
    }
}
