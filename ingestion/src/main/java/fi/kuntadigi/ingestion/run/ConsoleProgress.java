package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.ingestion.load.LoadProgress;
import fi.kuntadigi.ingestion.load.LoadResult;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run's progress while datasets load side by side: on a terminal one live bar over
 * all input files with the datasets in flight and their rows; otherwise one line per dataset
 * as it finishes. Every event also goes to the run's structured log.
 */
public final class ConsoleProgress implements LoadProgress {

    private final PrintStream out;
    private final RunLog log;
    private final boolean terminal;
    private final Map<String, long[]> inFlight = new LinkedHashMap<>();
    private ProgressBar bar;
    private long totalFiles;
    private long doneFiles;

    public ConsoleProgress(PrintStream out, RunLog log, boolean terminal) {
        this.out = out;
        this.log = log;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(String dataset, int files) {
        log.event("dataset_started", Map.of("dataset", dataset, "files", files));
        inFlight.put(dataset, new long[] {files, 0, 0});
        totalFiles += files;
        if (terminal) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(totalFiles)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1)
                        .setConsumer(new ConsoleProgressBarConsumer(out)).build();
            }
            bar.maxHint(totalFiles);
            redraw();
        }
    }

    @Override
    public synchronized void advanced(String dataset, long records, int filesDone) {
        long[] state = inFlight.get(dataset);
        if (state == null) {
            return;
        }
        doneFiles += Math.max(0, filesDone - state[1]);
        state[1] = Math.max(state[1], filesDone);
        state[2] = records;
        redraw();
    }

    @Override
    public synchronized void finished(LoadResult result) {
        long[] state = inFlight.remove(result.schema().name());
        if (state != null) {
            doneFiles += state[0] - state[1];
        }
        log.event("dataset_loaded", Map.of("dataset", result.schema().name(), "rows_read", result.read(),
                "rows_published", result.published(), "rows_quarantined", result.quarantined(),
                "elapsed_ms", result.elapsed().toMillis()));
        if (terminal) {
            redraw();
            if (inFlight.isEmpty() && bar != null) {
                bar.close();
                bar = null;
            }
        } else {
            out.printf("  %-24s %,12d read %,12d published %,9d quarantined %8.1f s%n", result.schema().name(),
                    result.read(), result.published(), result.quarantined(), result.elapsed().toMillis() / 1000.0);
        }
    }

    private void redraw() {
        if (bar == null) {
            return;
        }
        bar.stepTo(doneFiles);
        StringBuilder message = new StringBuilder();
        inFlight.forEach((dataset, state) -> message.append(message.length() == 0 ? "" : ", ")
                .append(dataset).append(String.format(" %,d rows", state[2])));
        bar.setExtraMessage(message.toString());
    }
}
