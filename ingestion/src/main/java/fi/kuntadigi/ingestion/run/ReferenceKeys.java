package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.validation.MunicipalityValidity;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;

/** Fills a {@link ReferenceIndex} with the keys of a loaded dataset that others refer to. */
final class ReferenceKeys {

    private ReferenceKeys() {
    }

    /** Datasets whose keys some column of the catalog refers to. */
    static Set<String> referenced() {
        return Datasets.all().stream().flatMap(d -> d.columns().stream()).map(Column::references)
                .filter(r -> r != null).collect(Collectors.toSet());
    }

    /** A Spark row's values, in the row's column order. */
    static Object[] values(Row row) {
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        return values;
    }

    /** Adds the keys of a referenced dataset's published rows (and municipalities' validity) to the index. */
    static void add(ReferenceIndex index, DatasetSchema schema, List<Object[]> rows) {
        int key = schema.indexOf(schema.naturalKey().get(0));
        Set<String> keys = new HashSet<>();
        for (Object[] row : rows) {
            keys.add((String) row[key]);
        }
        index.withKeys(schema.name(), keys);
        if (schema.equals(Datasets.MUNICIPALITIES)) {
            int code = schema.indexOf("municipality_code");
            int nameFi = schema.indexOf("name_fi");
            int nameSv = schema.indexOf("name_sv");
            int from = schema.indexOf("valid_from");
            int to = schema.indexOf("valid_to");
            int successor = schema.indexOf("successor_code");
            for (Object[] r : rows) {
                index.withMunicipality(new MunicipalityValidity((String) r[code], (String) r[nameFi],
                        (LocalDate) r[from], (LocalDate) r[to], (String) r[successor]), (String) r[nameFi], (String) r[nameSv]);
            }
        }
    }
}
