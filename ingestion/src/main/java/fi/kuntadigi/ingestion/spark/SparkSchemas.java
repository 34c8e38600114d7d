package fi.kuntadigi.ingestion.spark;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.ColumnType;
import fi.kuntadigi.catalog.DatasetSchema;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Turns catalog schemas into Spark schemas, so writers and readers agree on every column. */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    public static StructType of(DatasetSchema schema) {
        return of(schema.columns());
    }

    public static StructType of(List<Column> columns) {
        return new StructType(columns.stream().map(SparkSchemas::field).toArray(StructField[]::new));
    }

    public static StructField field(Column column) {
        return DataTypes.createStructField(column.name(), type(column.type()), true);
    }

    public static DataType type(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case BOOLEAN -> DataTypes.BooleanType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
            case TIMESTAMP -> DataTypes.TimestampNTZType;
        };
    }
}
