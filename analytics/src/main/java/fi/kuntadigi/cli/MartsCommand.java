package fi.kuntadigi.cli;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.publish.MartsPull;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.operations.ExitCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kuntadigi marts pull}: copies the current marts of a warehouse on HDFS or S3 into a local
 * warehouse folder, which the dashboard ({@code serve --warehouse DIR}) and the notebooks read.
 */
@Command(name = "marts", mixinStandardHelpOptions = true,
        description = "Work with the marts of a warehouse.",
        subcommands = {MartsCommand.Pull.class})
public final class MartsCommand {

    /** {@code kuntadigi marts pull --from URI --to DIR} */
    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Copy the current version of every mart, with its manifest, from a warehouse URI into a local",
                    "warehouse folder for the dashboard and the notebooks. Each mart is swapped in atomically; a version",
                    "already there is not copied again. Run it after each remote 'analyze' (e.g. as a scheduled job)."})
    static final class Pull implements Callable<Integer> {

        @Option(names = "--from", required = true, paramLabel = "URI",
                description = "Warehouse the marts are published in, e.g. hdfs://namenode:8020/kuntadigi or s3a://bucket/kuntadigi.")
        String from;

        @Option(names = "--to", paramLabel = "DIR", defaultValue = "warehouse",
                description = "Local warehouse folder to publish them in (default: ${DEFAULT-VALUE}).")
        Path to;

        @Option(names = "--mart", paramLabel = "NAME", split = ",", description = "Only these marts (default: all).")
        List<String> marts = new ArrayList<>();

        @Option(names = "--conf", paramLabel = "KEY=VALUE",
                description = "Filesystem setting, repeatable: spark.hadoop.fs.s3a.endpoint=... (as for the batch jobs) or fs.s3a.endpoint=...")
        Map<String, String> conf = new LinkedHashMap<>();

        @Option(names = "--run-id", paramLabel = "ID", hidden = true,
                description = "Run id the scheduler passes to every job; accepted so that 'marts pull' can be a scheduled job.")
        String runId;

        @Override
        public Integer call() throws Exception {
            Configuration hadoop = new Configuration();
            conf.forEach((k, v) -> hadoop.set(k.startsWith("spark.hadoop.") ? k.substring("spark.hadoop.".length()) : k, v));
            List<String> names = marts.isEmpty() ? Marts.all().stream().map(DatasetSchema::name).toList() : marts;
            for (String name : names) {
                if (Marts.all().stream().noneMatch(m -> m.name().equals(name))) {
                    throw new UnusableInputException("no mart '" + name + "'; marts: "
                            + String.join(", ", Marts.all().stream().map(DatasetSchema::name).toList()));
                }
            }
            Warehouse source;
            try {
                source = Warehouse.at(from);
            } catch (IllegalArgumentException e) {
                throw new UnusableInputException(e.getMessage(), e);
            }
            Warehouse target = new Warehouse(to);
            List<MartsPull.Pulled> pulled = new MartsPull(WarehouseStore.open(source, hadoop),
                    WarehouseStore.open(target, hadoop), hadoop).pull(names);
            for (MartsPull.Pulled p : pulled) {
                System.out.printf("  %-24s run %s%s%n", p.mart(), p.runId(), p.copied() ? "" : " (already here)");
            }
            System.out.printf("%d marts of %s are current in %s%n", pulled.size(), source, target.root().resolve("marts"));
            return ExitCodes.OK;
        }
    }
}
