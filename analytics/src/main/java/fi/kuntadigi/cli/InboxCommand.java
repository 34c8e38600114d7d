package fi.kuntadigi.cli;

import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.ingestion.run.DryRun;
import fi.kuntadigi.ingestion.run.IngestRun;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.inbox.Inbox;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** {@code kuntadigi inbox check} */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Dry-run every export waiting in the inbox: rows that would be published, and each that would be quarantined with its reason.")
    static final class Check implements Callable<Integer> {
        @Mixin
        BatchOptions batch;

        @Override
        public Integer call() throws Exception {
            Inbox inbox = batch.inbox();
            int status = ExitCodes.OK;
            if (inbox == null) {
                System.out.println("the inbox " + batch.inbox + " is empty");
                return status;
            }
            for (fi.kuntadigi.catalog.DatasetSchema schema : fi.kuntadigi.catalog.Datasets.all()) {
                for (Path file : inbox.pending(schema.name())) {
                    status = Math.max(status, report(batch, schema.name(), file));
                }
            }
            return status;
        }

        static int report(BatchOptions batch, String dataset, Path file) {
            DryRun dry = new IngestRun(batch.spark(), System.out, false)
                    .dryRun(new IngestRun.Options(batch.datasets, batch.warehouse(), List.of(), null, null), dataset, file);
            System.out.printf("%s (%s): %,d rows: %,d would be published, %,d quarantined%n", dry.file(), dataset, dry.rows(),
                    dry.published(), dry.quarantined().size());
            for (QuarantinedRow row : dry.quarantined()) {
                System.out.printf("  line %d: %s%n", row.line(), row.reason());
            }
            return dry.quarantined().isEmpty() ? ExitCodes.OK : ExitCodes.OK_WITH_QUARANTINE;
        }
    }
}
