package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.ingestion.load.LoadProgress;
import fi.kuntadigi.ingestion.load.LoadResult;
import java.io.PrintStream;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a load's progress: a live bar (files done, rows, elapsed) on a terminal, one line per
 * dataset otherwise; and writes the same events to the run's structured log.
 */
public final class ConsoleProgress implements LoadProgress {

    private final PrintStream out;
    private final RunLog log;
    private final boolean terminal;
    private ProgressBar bar;

    public ConsoleProgress(PrintStream out, RunLog log, boolean terminal) {
        this.out = out;
        this.log = log;
        this.terminal = terminal;
    }

    @Override
    public synchronized void started(String dataset, int files) {
        log.event("dataset_started", Map.of("dataset", dataset, "files", files));
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(String.format("%-24s", dataset)).setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).setConsumer(
                            new me.tongfei.progressbar.ConsoleProgressBarConsumer(out)).build();
        }
    }

    @Override
    public synchronized void advanced(String dataset, long records, int filesDone) {
        if (bar != null) {
            bar.stepTo(filesDone);
            bar.setExtraMessage(String.format("%,d rows", records));
        }
    }

    @Override
    public synchronized void finished(LoadResult result) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        log.event("dataset_loaded", Map.of("dataset", result.schema().name(), "rows_read", result.read(),
                "rows_published", result.published(), "rows_quarantined", result.quarantined(),
                "elapsed_ms", result.elapsed().toMillis()));
        if (!terminal) {
            out.printf("  %-24s %,12d read %,12d published %,9d quarantined %8.1f s%n", result.schema().name(),
                    result.read(), result.published(), result.quarantined(), result.elapsed().toMillis() / 1000.0);
        }
    }
}
