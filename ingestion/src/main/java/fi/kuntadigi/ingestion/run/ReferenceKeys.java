package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import fi.kuntadigi.ingestion.validation.MunicipalityValidity;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Fills a {@link ReferenceIndex} with the keys of a loaded dataset that others refer to. */
final class ReferenceKeys {

    private ReferenceKeys() {
    }

    /** Datasets whose keys some column of the catalog refers to. */
    static Set<String> referenced() {
        return Datasets.all().stream().flatMap(d -> d.columns().stream()).map(Column::references)
                .filter(r -> r != null).collect(Collectors.toSet());
    }

    /** Reads the dataset's Parquet at {@code path} and adds its keys (and municipalities' validity). */
    static void add(SparkSession spark, ReferenceIndex index, DatasetSchema schema, Path path) {
        Dataset<Row> rows = spark.read().schema(SparkSchemas.of(schema)).parquet(path.toString());
        String key = schema.naturalKey().get(0);
        Set<String> keys = new HashSet<>();
        for (Row row : rows.select(key).distinct().collectAsList()) {
            keys.add(row.getString(0));
        }
        index.withKeys(schema.name(), keys);
        if (schema.equals(Datasets.MUNICIPALITIES)) {
            for (Row r : rows.select("municipality_code", "name_fi", "name_sv", "valid_from", "valid_to", "successor_code").collectAsList()) {
                index.withMunicipality(new MunicipalityValidity(r.getString(0), r.getString(1),
                        r.<LocalDate>getAs(3), r.<LocalDate>getAs(4), r.getString(5)), r.getString(1), r.getString(2));
            }
        }
    }
}
