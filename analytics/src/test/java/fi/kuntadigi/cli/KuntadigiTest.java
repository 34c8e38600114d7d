package fi.kuntadigi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.ingestion.testing.Fixtures;
import fi.kuntadigi.operations.ExitCodes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a person or cron sees it: exit statuses and one-line messages. */
class KuntadigiTest {

    @TempDir
    Path tmp;

    private record Outcome(int status, String err) {
    }

    private Outcome run(String... args) {
        CommandLine cli = Kuntadigi.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Outcome(status, err.toString());
    }

    private String[] ingest(Path datasets, String... extra) {
        String[] base = {"ingest", "--datasets", datasets.toString(), "--warehouse", tmp.resolve("warehouse").toString()};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void cleanInputExitsZero() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));

        Outcome outcome = run(ingest(datasets, "--source", "reference,transactions"));

        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());
        assertTrue(Files.isSymbolicLink(tmp.resolve("warehouse/transactions")));
    }

    @Test
    void quarantinedRowsExitWithTheirOwnStatus() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));
        Fixtures.csv(datasets, "transactions/late.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                099,building_permit,paper,2021-02-01,2021,4,1,true
                """);

        Outcome outcome = run(ingest(datasets, "--source", "reference,transactions"));

        assertEquals(ExitCodes.OK_WITH_QUARANTINE, outcome.status(), outcome.err());
    }

    @Test
    void unusableInputPrintsOneLineNamingTheFileAndNoStackTrace() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));
        Fixtures.csv(datasets, "channels/channels.csv", "channel_code,name_fi\npaper,Paperi\n");

        Outcome outcome = run(ingest(datasets, "--source", "reference"));

        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.status());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertTrue(outcome.err().startsWith("kuntadigi: unusable input: channels/channels.csv: required columns name_en,"
                + " digital, unit_cost_cents, cost_source missing"), outcome.err());
        assertFalse(outcome.err().contains("\tat "), outcome.err());
    }

    @Test
    void verboseAddsTheStackTrace() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));
        Fixtures.csv(datasets, "channels/channels.csv", "channel_code,name_fi\npaper,Paperi\n");

        Outcome outcome = run(ingest(datasets, "--source", "reference", "--verbose"));

        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.status());
        assertTrue(outcome.err().contains("\tat fi.kuntadigi."), outcome.err());
    }

    @Test
    void unknownSourceIsUnusableInput() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));

        Outcome outcome = run(ingest(datasets, "--source", "weather"));

        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.status());
        assertEquals("kuntadigi: unusable input: unknown source 'weather'; choose from reference, transactions, pilots,"
                + " surveys, maturity, costs, roadmap", outcome.err().strip());
    }

    @Test
    void inboxCheckOfOneFileAnswersInJsonForTheDashboard() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));
        Path file = Fixtures.csv(tmp, "new.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                214,library_card,web_form,2021-07-01,2021,5,0.5,true
                214,building_permit,paper,2021-01-01,2021,99,1,true
                """);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream console = System.out;
        Outcome outcome;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            outcome = run("inbox", "check", "--json", "--dataset", "transactions", "--datasets", datasets.toString(),
                    "--warehouse", tmp.resolve("warehouse").toString(), "--rows-csv", tmp.resolve("rows.csv").toString(),
                    file.toString());
        } finally {
            System.setOut(console);
        }

        assertEquals(ExitCodes.OK_WITH_QUARANTINE, outcome.status(), outcome.err());
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(1, lines.length, "one JSON line and nothing else: " + String.join("\n", lines));
        JsonNode check = new ObjectMapper().readTree(lines[0]);
        assertEquals("transactions", check.get("dataset").asText());
        assertEquals(2, check.get("rows").asInt());
        assertEquals(1, check.get("published").asInt());
        assertEquals(1, check.get("quarantined").asInt());
        assertEquals("duplicate", check.get("reasons").get(0).get("code").asText());
        assertEquals(1, check.get("reasons").get(0).get("count").asInt());
        JsonNode row = check.get("reasons").get(0).get("sample").get(0);
        assertEquals(3, row.get("line").asInt());
        assertTrue(row.get("reason").asText().startsWith("duplicate:"), row.toString());
        assertEquals("[\"transactions/214.csv\",\"2\"]", row.get("args").toString());
        assertEquals("{\"rows\":1,\"first\":\"2021-07-01\",\"last\":\"2021-07-01\",\"lines\":[2]}",
                check.get("outside_period").toString(), "July 2021 is five months after the fixture's last month, February");
        assertEquals(2, Files.readAllLines(tmp.resolve("rows.csv")).size(), "the header and the one quarantined row");
        assertFalse(Files.exists(tmp.resolve("warehouse")), "a dry run publishes nothing");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"generate", "ingest", "analyze", "demo"}) {
            CommandLine cli = Kuntadigi.commandLine();
            StringWriter out = new StringWriter();
            cli.setOut(new PrintWriter(out, true));
            assertEquals(0, cli.execute(command, "--help"), command);
            assertTrue(out.toString().startsWith("Usage: kuntadigi " + command), out.toString());
        }
    }

    @Test
    void wrongOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("ingest", "--no-such-option").status());
    }
}
