package fi.kuntadigi.ingestion.load;

import java.io.Serializable;
import java.util.List;

/**
 * An input record that is not published, with where it came from and why; becomes one row of
 * the dataset's quarantine (see {@link fi.kuntadigi.catalog.Quarantine}). {@code reason} is the
 * English text; {@code code} and {@code args} the same in a form a page translates (see
 * {@link fi.kuntadigi.ingestion.validation.Issue}).
 */
public record QuarantinedRow(String file, long line, String column, String value, String reason, String record,
                             String code, List<String> args) implements Serializable {

    public QuarantinedRow {
        args = args == null ? List.of() : List.copyOf(args);
    }
}
