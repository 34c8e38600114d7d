package fi.kuntadigi.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The value types a warehouse column can hold. Money is always {@link #LONG} euro cents,
 * dates are calendar dates, timestamps are Finnish local wall-clock times without a zone.
 * Each type names the Java class of its values and its SQL type (as DuckDB reads the Parquet files): the one
 * mapping every Spark-free part uses; Spark's is {@code fi.kuntadigi.ingestion.spark.SparkSchemas}.
 */
public enum ColumnType {
    STRING(String.class, "VARCHAR"),
    BOOLEAN(Boolean.class, "BOOLEAN"),
    INT(Integer.class, "INTEGER"),
    LONG(Long.class, "BIGINT"),
    DOUBLE(Double.class, "DOUBLE"),
    DATE(LocalDate.class, "DATE"),
    TIMESTAMP(LocalDateTime.class, "TIMESTAMP");

    private final Class<?> javaType;
    private final String sqlType;

    ColumnType(Class<?> javaType, String sqlType) {
        this.javaType = javaType;
        this.sqlType = sqlType;
    }

    /** The class of a value of this type in a row (a mart row, a parsed input value). */
    public Class<?> javaType() {
        return javaType;
    }

    /** The SQL type of the column when DuckDB reads the Parquet file. */
    public String sqlType() {
        return sqlType;
    }
}
