package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.source.HeaderMapping;
import java.util.List;
import java.util.Map;

/** Header binding helpers shared by the record layouts of this and other feature packages. */
public final class ColumnPositions {

    private ColumnPositions() {
    }

    /** Canonical column name → position in the export, for every header that maps to a column. */
    public static Map<String, Integer> of(DatasetSchema schema, InputName file, List<String> header, HeaderMapping mapping) {
        return ColumnLayout.positions(schema, file, header, mapping);
    }

    /** The exception for required columns an export lacks, naming the file and the fix. */
    public static RuntimeException missing(InputName file, List<String> header, HeaderMapping mapping,
                                           DatasetSchema schema, List<String> missing) {
        return ColumnLayout.missingColumns(file, header, mapping, schema, missing);
    }
}
