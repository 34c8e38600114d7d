package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.ingestion.load.RecordChecker;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new export would do if loaded now: how many of its rows would be published, and each
 * row that would be quarantined with its line, column, value and reason. Nothing is written.
 */
public record DryRun(String dataset, String file, long rows, long published, List<QuarantinedRow> quarantined) {

    public DryRun {
        quarantined = List.copyOf(quarantined);
    }

    /** Keeps the verdicts of one file among all checked. */
    static final class Collector implements RecordChecker.Verdicts {
        private final String file;
        private final List<QuarantinedRow> quarantined = new ArrayList<>();
        private long rows;
        private long published;
        private boolean inFile;

        Collector(String file) {
            this.file = file;
        }

        @Override
        public void file(String display) {
            inFile = display.equals(file);
        }

        @Override
        public void accepted(Object[] values) {
            if (inFile) {
                rows++;
                published++;
            }
        }

        @Override
        public void rejected(QuarantinedRow row) {
            if (inFile) {
                rows++;
                quarantined.add(row);
            }
        }

        DryRun result(String dataset) {
            return new DryRun(dataset, file, rows, published, quarantined);
        }
    }
}
