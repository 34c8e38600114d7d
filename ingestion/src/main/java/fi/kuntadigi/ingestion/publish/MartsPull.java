package fi.kuntadigi.ingestion.publish;

import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.operations.RunLock;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;

/**
 * Copies the current version of marts, with their manifests, from one warehouse (typically on
 * HDFS or S3, where the batch jobs run) into another (a local folder the dashboard and the
 * notebooks read through DuckDB). Each mart is published in the target exactly as analyze
 * publishes it: copied into staging, moved to {@code _versions/_marts/<mart>/<run>/}, then its
 * pointer swapped in one atomic step — a reader of the target sees the previous or the pulled
 * version, never a part. A version already in the target is not copied again.
 */
public final class MartsPull {

    /** One mart pulled: its name, the analyze run that made it, and whether it had to be copied. */
    public record Pulled(String mart, String runId, boolean copied) {
    }

    private final WarehouseStore from;
    private final WarehouseStore to;
    private final Configuration conf;

    public MartsPull(WarehouseStore from, WarehouseStore to, Configuration conf) {
        this.from = from;
        this.to = to;
        this.conf = conf;
    }

    /**
     * Pulls every named mart under the target's "analyze" lock (so a local analyze cannot publish at
     * the same time); throws {@link UnusableInputException} before copying anything when one is not
     * published in the source.
     */
    public List<Pulled> pull(List<String> marts) throws IOException {
        List<Path> versions = new ArrayList<>();
        for (String mart : marts) {
            versions.add(from.current(Layout.mart(mart)).orElseThrow(() -> new UnusableInputException(
                    "the mart " + mart + " is not published in " + from.warehouse() + "; run 'kuntadigi analyze --warehouse "
                            + from.warehouse() + "' first")));
        }
        Path staging = to.path(Layout.staging("pull-" + UUID.randomUUID()));
        List<Pulled> pulled = new ArrayList<>();
        try (RunLock lock = to.lock("analyze")) {
            for (int i = 0; i < marts.size(); i++) {
                String mart = marts.get(i);
                Path version = versions.get(i);
                Path target = new Path(to.path(Layout.martVersions(mart)), version.getName());
                boolean copy = !to.exists(target);
                if (copy) {
                    Path staged = new Path(staging, mart);
                    if (!FileUtil.copy(from.fileSystem(), version, to.fileSystem(), staged, false, conf)) {
                        throw new IOException("cannot copy " + version + " to " + staged);
                    }
                    to.move(staged, target);
                }
                to.publish(Layout.mart(mart), target);
                to.prune(Layout.martVersions(mart), Layout.mart(mart), WarehousePublisher.KEEP_VERSIONS);
                pulled.add(new Pulled(mart, from.runIdOf(version), copy));
            }
        } finally {
            to.delete(staging);
        }
        return pulled;
    }
}
