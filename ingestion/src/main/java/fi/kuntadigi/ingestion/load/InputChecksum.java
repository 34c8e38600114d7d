package fi.kuntadigi.ingestion.load;

import java.io.Serializable;

/** An input file's SHA-256 and size, as recorded in the manifest. */
public record InputChecksum(String file, String sha256, long bytes) implements Serializable {
}
