package fi.kuntadigi.cli;

import fi.kuntadigi.index.report.ReportTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * Writes an index report table as one Parquet file on the local disk, on the driver without Spark
 * (optional UTF-8 strings and doubles, zstd), for DuckDB, Spark or pandas to read.
 */
final class ReportParquet {

    private ReportParquet() {
    }

    static Path write(ReportTable table, Path dir) throws IOException {
        Path file = dir.resolve(table.name() + ".parquet");
        Types.MessageTypeBuilder b = Types.buildMessage();
        table.columns().forEach((name, type) -> {
            switch (type) {
                case STRING -> b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
                case DOUBLE -> b.optional(PrimitiveTypeName.DOUBLE).named(name);
            }
        });
        MessageType schema = b.named("index_report");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withConf(new Configuration(false))
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .build()) {
            for (Map<String, Object> row : table.rows()) {
                Group g = groups.newGroup();
                row.forEach((name, value) -> {
                    if (value instanceof String s) {
                        g.append(name, s);
                    } else if (value instanceof Double d) {
                        g.append(name, d);
                    }
                });
                writer.write(g);
            }
        }
        return file;
    }
}
