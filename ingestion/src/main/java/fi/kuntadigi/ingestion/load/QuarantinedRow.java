package fi.kuntadigi.ingestion.load;

import java.io.Serializable;

/**
 * An input record that is not published, with where it came from and why; becomes one row of
 * the dataset's quarantine (see {@link fi.kuntadigi.catalog.Quarantine}).
 */
public record QuarantinedRow(String file, long line, String column, String value, String reason, String record)
        implements Serializable {
}
