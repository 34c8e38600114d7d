package fi.kuntadigi.ingestion.load;

/** Hears how a dataset's load advances, e.g. to draw a progress bar or write a log line. */
public interface LoadProgress {

    LoadProgress SILENT = new LoadProgress() {
    };

    default void started(String dataset, int files) {
    }

    /** Records read so far (counted when a file is finished) and files finished. */
    default void advanced(String dataset, long records, int filesDone) {
    }

    default void finished(LoadResult result) {
    }
}
