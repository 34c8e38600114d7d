package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The shape of a parsed record inside a load: the dataset's columns followed by where the
 * record came from and, for a rejected record, why. Published rows drop the trailing columns.
 */
public final class ParsedRows {

    public static final String FILE = "_file";
    public static final String LINE = "_line";
    public static final String COLUMN = "_column";
    public static final String VALUE = "_value";
    public static final String REASON = "_reason";
    public static final String RECORD = "_record";

    private ParsedRows() {
    }

    public static StructType type(DatasetSchema schema) {
        return SparkSchemas.of(schema)
                .add(FILE, DataTypes.StringType, false)
                .add(LINE, DataTypes.LongType, false)
                .add(COLUMN, DataTypes.StringType, true)
                .add(VALUE, DataTypes.StringType, true)
                .add(REASON, DataTypes.StringType, true)
                .add(RECORD, DataTypes.StringType, true);
    }
}
