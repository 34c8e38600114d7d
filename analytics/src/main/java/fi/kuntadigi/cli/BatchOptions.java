package fi.kuntadigi.cli;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.spark.SparkSessions;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.operations.inbox.Inbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options every batch command shares: where the data is and how Spark runs. */
public final class BatchOptions {

    @Option(names = "--datasets", paramLabel = "DIR", defaultValue = "datasets",
            description = "Folder of input exports, one sub-folder per dataset (default: ${DEFAULT-VALUE}).")
    Path datasets;

    @Option(names = "--warehouse", paramLabel = "DIR|URI", defaultValue = "warehouse",
            description = {"Warehouse the jobs publish into (default: ${DEFAULT-VALUE}): a local folder, or a URI such as",
                    "hdfs://namenode:8020/kuntadigi or s3a://bucket/kuntadigi (the cluster provides the filesystem)."})
    String warehouse;

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "inbox",
            description = "Inbox of new exports waiting for the next run (default: ${DEFAULT-VALUE}); see 'kuntadigi inbox'.")
    Path inbox;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. spark://host:7077 (default: local[*] or $KUNTADIGI_SPARK_MASTER).")
    String master;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "Extra Spark setting, repeatable.")
    Map<String, String> conf = new LinkedHashMap<>();

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of failures.")
    boolean verbose;

    Warehouse warehouse() {
        try {
            return Warehouse.at(warehouse);
        } catch (IllegalArgumentException e) {
            throw new UnusableInputException(e.getMessage() + "; give a folder or a URI"
                    + " such as hdfs://namenode:8020/kuntadigi", e);
        }
    }

    /** The inbox, or null when its folder does not exist. */
    Inbox inbox() {
        return Files.isDirectory(inbox) ? new Inbox(inbox, Inbox.DEFAULT_MAX_BYTES) : null;
    }

    SparkSession spark() {
        SparkSessions.Settings settings = new SparkSessions.Settings(
                master == null ? SparkSessions.defaultMaster() : master, conf);
        return SparkSessions.getOrCreate(settings);
    }
}
