package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.source.HeaderMapping;
import fi.kuntadigi.ingestion.source.RawRecord;
import java.io.Serializable;
import java.util.List;

/**
 * How an export's columns become a dataset's canonical columns. Most exports are one record
 * per row ({@link ColumnLayout}); a wide survey export turns one respondent into one row per answer.
 */
public interface RecordLayout extends Serializable {

    /**
     * Binds to one file's header. Fails with an
     * {@link fi.kuntadigi.operations.UnusableInputException} naming the file and the fix
     * when a required column is missing.
     */
    Bound bind(DatasetSchema schema, InputName file, List<String> header, HeaderMapping mapping);

    /** A layout bound to one file's header. */
    interface Bound extends Serializable {

        /** Canonical text values, aligned with the schema's columns, for each output row of a record. */
        List<String[]> expand(RawRecord record);

        /** Number of fields a record of this file should have. */
        int headerSize();
    }
}
