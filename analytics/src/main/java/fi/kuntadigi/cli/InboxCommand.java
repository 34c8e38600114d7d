package fi.kuntadigi.cli;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.ingestion.run.DryRun;
import fi.kuntadigi.ingestion.run.IngestRun;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.inbox.Inbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kuntadigi inbox}: take new exports in (checked at once, stored under the inbox's own
 * names) and dry-run them: what the next run would publish and quarantine, row by row.
 */
@Command(name = "inbox", mixinStandardHelpOptions = true,
        description = {"Take new exports into the inbox and check them before anything is published.",
                "The next 'kuntadigi ingest' loads what waits in the inbox and archives it (nothing is deleted)."},
        subcommands = {InboxCommand.Add.class, InboxCommand.Check.class, InboxCommand.Withdraw.class,
                InboxCommand.Replace.class})
public final class InboxCommand {

    /** {@code kuntadigi inbox add --dataset D FILE...} */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Check (size, CSV or XLSX by content) and store exports for a dataset, then dry-run them.")
    static final class Add implements Callable<Integer> {
        @Mixin
        BatchOptions batch;

        @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset the exports belong to, e.g. transactions.")
        String dataset;

        @Option(names = "--max-mib", paramLabel = "N", description = "Size limit per file in MiB (default: 100).")
        long maxMib = Inbox.DEFAULT_MAX_BYTES >> 20;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files.")
        List<Path> files;

        @Override
        public Integer call() throws Exception {
            Inbox inbox = new Inbox(batch.inbox, maxMib << 20);
            int status = ExitCodes.OK;
            for (Path file : files) {
                Inbox.Received received;
                try (InputStream in = Files.newInputStream(file)) {
                    received = inbox.receive(dataset, file.getFileName().toString(), in);
                }
                System.out.printf("%s: stored as %s%n", file.getFileName(), batch.inbox.resolve(dataset).resolve(received.file()));
                status = Math.max(status, Check.report(batch, dataset, batch.inbox.resolve(dataset).resolve(received.file())));
            }
            return status;
        }
    }

    /** {@code kuntadigi inbox check [--json] [--dataset D FILE...]} */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Dry-run every export waiting in the inbox (or the given files of --dataset): rows that would be"
                    + " published, and each that would be quarantined with its reason.",
                    "--json prints one JSON object per file instead (what the dashboard reads)."})
    static final class Check implements Callable<Integer> {
        @Mixin
        BatchOptions batch;

        @Option(names = "--json", description = "One JSON line per file: dataset, file, rows, published, quarantined,"
                + " reasons[] (code, count, sample[]), period, outside_period, rows_csv.")
        boolean json;

        @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset of the FILEs to check.")
        String dataset;

        @Option(names = "--replace", description = {"Check the FILE as a correction: its rows replace the dataset's earlier"
                + " rows of the municipality-months it covers (listed as would-be-replaced) instead of being duplicates."})
        boolean replace;

        @Option(names = "--rows-csv", paramLabel = "CSV", description = {"Write every quarantined row of the one FILE"
                + " (line, column, value, reason) to CSV; the report itself keeps " + DryRun.SAMPLE + " rows per reason."})
        Path rowsCsv;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to check (with --dataset) instead of the whole inbox.")
        List<Path> files = List.of();

        @Override
        public Integer call() throws Exception {
            int status = ExitCodes.OK;
            if (!files.isEmpty()) {
                if (dataset == null) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                            "give --dataset with the files to check");
                }
                if (rowsCsv != null && files.size() != 1) {
                    throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                            "--rows-csv takes the rows of one file: give one FILE");
                }
                for (Path file : files) {
                    status = Math.max(status, report(batch, dataset, file, json, rowsCsv, replace));
                }
                return status;
            }
            Inbox inbox = batch.inbox();
            if (inbox == null) {
                if (!json) {
                    System.out.println("the inbox " + batch.inbox + " is empty");
                }
                return status;
            }
            for (DatasetSchema schema : Datasets.all()) {
                if (dataset != null && !dataset.equals(schema.name())) {
                    continue;
                }
                for (Path file : inbox.pending(schema.name())) {
                    status = Math.max(status, report(batch, schema.name(), file, json, null,
                            inbox.replacing(schema.name(), file)));
                }
            }
            return status;
        }

        static int report(BatchOptions batch, String dataset, Path file) throws IOException {
            return report(batch, dataset, file, false, null, false);
        }

        static int report(BatchOptions batch, String dataset, Path file, boolean json, Path rowsCsv, boolean replace)
                throws IOException {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            IngestRun run = new IngestRun(batch.spark(), json ? quiet : System.out, false);
            IngestRun.Options options = new IngestRun.Options(batch.datasets, batch.warehouse(), List.of(), null, null);
            DryRun dry;
            if (rowsCsv == null) {
                dry = run.dryRun(options, dataset, file, row -> { }, replace);
            } else {
                Files.createDirectories(rowsCsv.toAbsolutePath().getParent());
                try (DryRun.RowsCsv all = new DryRun.RowsCsv(rowsCsv)) {
                    dry = run.dryRun(options, dataset, file, all, replace);
                }
            }
            if (json) {
                System.out.println(Json.line(verdict(dry, file, rowsCsv)));
                System.out.flush();
            } else {
                System.out.printf("%s (%s): %,d rows: %,d would be published, %,d quarantined%n", dry.file(), dataset, dry.rows(),
                        dry.published(), dry.quarantined());
                for (DryRun.Reason reason : dry.reasons()) {
                    System.out.printf("  %s: %,d rows%s%n", reason.code(), reason.count(),
                            reason.count() > reason.sample().size() ? ", the first " + reason.sample().size() + ":" : ":");
                    for (QuarantinedRow row : reason.sample()) {
                        System.out.printf("    line %d: %s%n", row.line(), row.reason());
                    }
                }
                if (dry.outside().rows() > 0) {
                    System.out.printf("  warning: %,d rows dated %s to %s: before the data's period %s to %s, more than three months after it or in the future (lines %s)%n",
                            dry.outside().rows(), dry.outside().first(), dry.outside().last(), dry.period().from(),
                            dry.period().to(), dry.outside().sampleLines());
                }
                if (dry.replaced().rows() > 0) {
                    System.out.printf("  as a correction it would replace %,d earlier rows: %s%n", dry.replaced().rows(),
                            dry.replaced().byMunicipalityMonth());
                }
                if (rowsCsv != null) {
                    System.out.println("  every quarantined row: " + rowsCsv);
                }
            }
            return dry.quarantined() == 0 ? ExitCodes.OK : ExitCodes.OK_WITH_QUARANTINE;
        }

        /** The verdict as the dashboard reads it: counts, a sample per reason, the period check. */
        private static Map<String, Object> verdict(DryRun dry, Path file, Path rowsCsv) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("dataset", dry.dataset());
            line.put("file", file.toString());
            line.put("shown_as", dry.file());
            line.put("rows", dry.rows());
            line.put("published", dry.published());
            line.put("quarantined", dry.quarantined());
            line.put("reasons", dry.reasons().stream().map(r -> {
                Map<String, Object> reason = new LinkedHashMap<>();
                reason.put("code", r.code());
                reason.put("count", r.count());
                reason.put("sample", r.sample().stream().map(q -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("line", q.line());
                    row.put("column", q.column());
                    row.put("value", q.value());
                    row.put("code", q.code());
                    row.put("args", q.args());
                    row.put("reason", q.reason());
                    return row;
                }).toList());
                return reason;
            }).toList());
            if (dry.period() != null) {
                line.put("period", Map.of("from", dry.period().from().toString(), "to", dry.period().to().toString()));
            }
            Map<String, Object> outside = new LinkedHashMap<>();
            outside.put("rows", dry.outside().rows());
            outside.put("first", dry.outside().first() == null ? null : dry.outside().first().toString());
            outside.put("last", dry.outside().last() == null ? null : dry.outside().last().toString());
            outside.put("lines", dry.outside().sampleLines());
            line.put("outside_period", outside);
            line.put("rows_csv", rowsCsv == null ? null : rowsCsv.toAbsolutePath().toString());
            Map<String, Object> replaced = new LinkedHashMap<>();
            replaced.put("rows", dry.replaced().rows());
            replaced.put("by_municipality_month", dry.replaced().byMunicipalityMonth().entrySet().stream().map(e -> {
                String[] key = e.getKey().split("\\|", 2);
                return Map.of("municipality_code", key[0], "month", key.length > 1 ? key[1] : "", "rows", e.getValue());
            }).toList());
            replaced.put("sample", dry.replaced().sample().stream().map(q -> Map.of("file", q.file(), "line", q.line(),
                    "record", q.record() == null ? "" : q.record())).toList());
            line.put("replaced", replaced);
            return line;
        }
    }
    /** {@code kuntadigi inbox withdraw --dataset D --by NAME --reason TEXT FILE} */
    @Command(name = "withdraw", mixinStandardHelpOptions = true,
            description = "Take a waiting export out of the next run: it moves to inbox/archive/withdrawn/ with who and why.")
    static final class Withdraw implements Callable<Integer> {
        @Mixin
        BatchOptions batch;

        @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset the export waits for.")
        String dataset;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who withdraws it.")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is withdrawn.")
        String reason;

        @Parameters(paramLabel = "FILE", description = "The export's name in the inbox, e.g. 20261127-060000-abc123.csv.")
        String file;

        @Override
        public Integer call() {
            Inbox.Withdrawal w = new Inbox(batch.inbox, Inbox.DEFAULT_MAX_BYTES).withdraw(dataset, file, by, reason,
                    Instant.now());
            System.out.printf("%s (%s) withdrawn by %s: %s; kept in %s%n", w.file(), w.originalName(), w.withdrawnBy(),
                    w.reason(), batch.inbox.resolve("archive").resolve("withdrawn").resolve(dataset));
            return ExitCodes.OK;
        }
    }

    /** {@code kuntadigi inbox replace --dataset D --by NAME FILE} */
    @Command(name = "replace", mixinStandardHelpOptions = true,
            description = {"Mark a waiting export as a correction: its rows replace the earlier rows of the"
                    + " municipality-months it covers (kept in the quarantine as replaced_by <file>), then dry-run it."})
    static final class Replace implements Callable<Integer> {
        @Mixin
        BatchOptions batch;

        @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "Dataset the export waits for.")
        String dataset;

        @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who chooses so.")
        String by;

        @Parameters(paramLabel = "FILE", description = "The export's name in the inbox.")
        String file;

        @Override
        public Integer call() throws Exception {
            new Inbox(batch.inbox, Inbox.DEFAULT_MAX_BYTES).markReplacing(dataset, file, by, Instant.now());
            return Check.report(batch, dataset, batch.inbox.resolve(dataset).resolve(file), false, null, true);
        }
    }
}
