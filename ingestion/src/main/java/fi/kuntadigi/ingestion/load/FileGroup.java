package fi.kuntadigi.ingestion.load;

import java.io.Serializable;
import java.util.List;

/**
 * Input files parsed by one Spark task, in order. Files whose rows may share a natural key
 * are put in one group with {@code sharedKeys}, so a duplicate key across them is caught
 * inside a single task; otherwise keys are checked file by file, which needs far less memory.
 */
public record FileGroup(List<BoundInput> files, boolean sharedKeys) implements Serializable {

    public FileGroup {
        files = List.copyOf(files);
    }

    public FileGroup(List<BoundInput> files) {
        this(files, false);
    }
}
