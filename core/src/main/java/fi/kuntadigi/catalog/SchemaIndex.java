package fi.kuntadigi.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** Indexes schemas by name in declaration order; a name declared twice is a programming error. */
final class SchemaIndex {

    private SchemaIndex() {
    }

    static Map<String, DatasetSchema> of(String kind, DatasetSchema... schemas) {
        Map<String, DatasetSchema> map = new LinkedHashMap<>();
        for (DatasetSchema s : schemas) {
            if (map.put(s.name(), s) != null) {
                throw new IllegalStateException("duplicate " + kind + " " + s.name());
            }
        }
        return map;
    }
}
