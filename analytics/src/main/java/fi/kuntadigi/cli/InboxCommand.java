package fi.kuntadigi.cli;

import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.ingestion.run.DryRun;
import fi.kuntadigi.ingestion.run.IngestRun;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.inbox.Inbox;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
        subcommands = {InboxCommand.Add.class, InboxCommand.Check.class})
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

        @Option(names = "--json", description = "One JSON line per file: dataset, file, rows, published, quarantined[].")
        boolean json;

        @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset of the FILEs to check.")
        String dataset;

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
                for (Path file : files) {
                    status = Math.max(status, report(batch, dataset, file, json));
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
            for (fi.kuntadigi.catalog.DatasetSchema schema : fi.kuntadigi.catalog.Datasets.all()) {
                if (dataset != null && !dataset.equals(schema.name())) {
                    continue;
                }
                for (Path file : inbox.pending(schema.name())) {
                    status = Math.max(status, report(batch, schema.name(), file, json));
                }
            }
            return status;
        }

        static int report(BatchOptions batch, String dataset, Path file) throws java.io.IOException {
            return report(batch, dataset, file, false);
        }

        static int report(BatchOptions batch, String dataset, Path file, boolean json) throws java.io.IOException {
            PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
            DryRun dry = new IngestRun(batch.spark(), json ? quiet : System.out, false)
                    .dryRun(new IngestRun.Options(batch.datasets, batch.warehouse(), List.of(), null, null), dataset, file);
            if (json) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("dataset", dataset);
                line.put("file", file.toString());
                line.put("shown_as", dry.file());
                line.put("rows", dry.rows());
                line.put("published", dry.published());
                line.put("quarantined", dry.quarantined().stream().map(q -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("file", q.file());
                    row.put("line", q.line());
                    row.put("column", q.column());
                    row.put("value", q.value());
                    row.put("reason", q.reason());
                    return row;
                }).toList());
                System.out.println(fi.kuntadigi.ingestion.publish.Json.mapper().writer()
                        .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                        .writeValueAsString(line));
                System.out.flush();
            } else {
                System.out.printf("%s (%s): %,d rows: %,d would be published, %,d quarantined%n", dry.file(), dataset, dry.rows(),
                        dry.published(), dry.quarantined().size());
                for (QuarantinedRow row : dry.quarantined()) {
                    System.out.printf("  line %d: %s%n", row.line(), row.reason());
                }
            }
            return dry.quarantined().isEmpty() ? ExitCodes.OK : ExitCodes.OK_WITH_QUARANTINE;
        }
    }
}
