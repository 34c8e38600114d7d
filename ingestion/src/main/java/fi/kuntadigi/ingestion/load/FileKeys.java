package fi.kuntadigi.ingestion.load;

import java.io.Serializable;
import java.util.Set;

/**
 * The values of the first natural-key column seen in one file (e.g. its municipality codes),
 * or {@code overflow} when there were too many to keep. Two files whose sets do not meet
 * cannot hold the same key.
 */
public record FileKeys(String file, Set<String> firstKeyValues, boolean overflow) implements Serializable {

    /** Most first-key values kept per file before giving up on the set. */
    public static final int LIMIT = 10_000;
}
