package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.ColumnType;
import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.execution.datasources.parquet.SparkToParquetSchemaConverter;
import org.apache.spark.sql.internal.SQLConf;

/**
 * Reads small datasets on the driver ({@link #read}) and writes a mart computed on the driver (rows already
 * in memory, a few hundred thousand at most) straight to one Parquet file, without a Spark job: the same
 * physical schema Spark writes for the catalog's Spark schema (every column optional; strings UTF-8, dates
 * INT32 DATE, timestamps INT64 microseconds without time zone), zstd, and Spark's schema in the footer, so
 * Spark and DuckDB read it exactly as a file Spark wrote.
 */
final class DriverParquet {

    /** The footer key under which Spark keeps its schema. */
    static final String SPARK_SCHEMA_KEY = "org.apache.spark.sql.parquet.row.metadata";

    private DriverParquet() {
    }

    static void write(DatasetSchema schema, List<MartRow> rows, OutputFile file) throws IOException {
        MessageType type = messageType(schema.columns());
        Map<String, String> footer = Map.of(SPARK_SCHEMA_KEY, SparkSchemas.of(schema).json());
        try (ParquetWriter<MartRow> writer = new Builder(file, schema.columns(), type, footer)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.CREATE)
                .withConf(new Configuration(false))
                .build()) {
            for (MartRow row : rows) {
                writer.write(row);
            }
        }
    }

    /**
     * Reads the rows of small Parquet files (a dataset's version folder) on the driver, each column by its catalog
     * name and typed as the catalog's {@link ColumnType#javaType} ({@code LocalDate}, {@code LocalDateTime}, boxed
     * numbers); a column the files lack reads as null, like Spark reading them with the catalog schema.
     */
    static List<DatasetRow> read(DatasetSchema schema, List<Path> files, Configuration conf) throws IOException {
        List<DatasetRow> rows = new ArrayList<>();
        for (Path file : files) {
            try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), file).withConf(conf).build()) {
                for (Group g = reader.read(); g != null; g = reader.read()) {
                    Group stored = g;
                    rows.add(DatasetRow.of(schema, c -> value(stored, c)));
                }
            }
        }
        return rows;
    }

    private static Object value(Group g, Column c) {
        GroupType type = g.getType();
        if (!type.containsField(c.name())) {
            return null;
        }
        int f = type.getFieldIndex(c.name());
        if (g.getFieldRepetitionCount(f) == 0) {
            return null;
        }
        return switch (c.type()) {
            case STRING -> g.getString(f, 0);
            case BOOLEAN -> g.getBoolean(f, 0);
            case INT -> g.getInteger(f, 0);
            case LONG -> g.getLong(f, 0);
            case DOUBLE -> g.getDouble(f, 0);
            case DATE -> LocalDate.ofEpochDay(g.getInteger(f, 0));
            case TIMESTAMP -> {
                long micros = g.getLong(f, 0);
                yield LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                        (int) Math.floorMod(micros, 1_000_000L) * 1_000, ZoneOffset.UTC);
            }
        };
    }

    /** The Parquet schema Spark writes for these columns: Spark's own conversion of the catalog's Spark schema. */
    static MessageType messageType(List<Column> columns) {
        return new SparkToParquetSchemaConverter(new SQLConf()).convert(SparkSchemas.of(columns));
    }

    private static final class Builder extends ParquetWriter.Builder<MartRow, Builder> {
        private final List<Column> columns;
        private final MessageType type;
        private final Map<String, String> footer;

        Builder(OutputFile file, List<Column> columns, MessageType type, Map<String, String> footer) {
            super(file);
            this.columns = columns;
            this.type = type;
            this.footer = footer;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<MartRow> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(columns, type, footer);
        }
    }

    /** One mart row (Java types as {@link MartRow} checks them). */
    private static final class RowWriteSupport extends WriteSupport<MartRow> {
        private final Column[] columns;
        private final MessageType type;
        private final Map<String, String> footer;
        private RecordConsumer out;

        RowWriteSupport(List<Column> columns, MessageType type, Map<String, String> footer) {
            this.columns = columns.toArray(Column[]::new);
            this.type = type;
            this.footer = footer;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(type, footer);
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            this.out = recordConsumer;
        }

        @Override
        public void write(MartRow row) {
            out.startMessage();
            for (int i = 0; i < columns.length; i++) {
                Object v = row.valueAt(i);
                if (v == null) {
                    continue;
                }
                String name = columns[i].name();
                out.startField(name, i);
                switch (columns[i].type()) {
                    case STRING -> out.addBinary(Binary.fromString((String) v));
                    case BOOLEAN -> out.addBoolean((Boolean) v);
                    case INT -> out.addInteger((Integer) v);
                    case LONG -> out.addLong((Long) v);
                    case DOUBLE -> out.addDouble((Double) v);
                    case DATE -> out.addInteger(Math.toIntExact(((LocalDate) v).toEpochDay()));
                    case TIMESTAMP -> {
                        LocalDateTime t = (LocalDateTime) v;
                        out.addLong(Math.addExact(Math.multiplyExact(t.toEpochSecond(ZoneOffset.UTC), 1_000_000L),
                                t.getNano() / 1_000));
                    }
                }
                out.endField(name, i);
            }
            out.endMessage();
        }
    }
}
