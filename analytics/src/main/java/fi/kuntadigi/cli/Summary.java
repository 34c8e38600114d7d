package fi.kuntadigi.cli;

import fi.kuntadigi.operations.RunRecord;
import java.util.Map;
import java.util.LinkedHashMap;

/** The per-source summary printed at the end of a run: read / published / quarantined. */
final class Summary {

    private Summary() {
    }

    static String of(RunRecord run) {
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (RunRecord.DatasetCounts c : run.datasets()) {
            long[] sums = bySource.computeIfAbsent(c.source(), s -> new long[3]);
            sums[0] += c.read();
            sums[1] += c.published();
            sums[2] += c.quarantined();
        }
        StringBuilder b = new StringBuilder();
        b.append(String.format("%nRun %s %s%n", run.runId(), run.status()));
        b.append(String.format("  %-14s %12s %12s %12s%n", "source", "read", "published", "quarantined"));
        long[] total = new long[3];
        bySource.forEach((source, sums) -> {
            b.append(String.format("  %-14s %,12d %,12d %,12d%n", source, sums[0], sums[1], sums[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += sums[i];
            }
        });
        b.append(String.format("  %-14s %,12d %,12d %,12d%n", "total", total[0], total[1], total[2]));
        if (total[2] > 0) {
            b.append("  Quarantined rows and their reasons: warehouse/quarantine/<dataset>/ (Parquet)\n");
        }
        return b.toString();
    }
}
