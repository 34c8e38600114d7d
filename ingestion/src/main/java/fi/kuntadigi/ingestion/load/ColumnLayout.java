package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.source.HeaderMapping;
import fi.kuntadigi.ingestion.source.RawRecord;
import fi.kuntadigi.operations.UnusableInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One export row is one dataset row; headers are canonical names or mapped by the mapping file. */
public final class ColumnLayout implements RecordLayout {

    private static final long serialVersionUID = 1L;

    public static final ColumnLayout INSTANCE = new ColumnLayout();

    @Override
    public Bound bind(DatasetSchema schema, InputName file, List<String> header, HeaderMapping mapping) {
        Map<String, Integer> positions = positions(schema, file, header, mapping);
        int[] sourceOf = new int[schema.columns().size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < sourceOf.length; i++) {
            Column column = schema.columns().get(i);
            sourceOf[i] = column.derived() ? -1 : positions.getOrDefault(column.name(), -1);
            if (sourceOf[i] < 0 && column.required() && !column.derived()) {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            throw missingColumns(file, header, mapping, schema, missing);
        }
        return new ByPosition(sourceOf, header.size());
    }

    /** Canonical column name → position in the export, for every header that maps to a column. */
    static Map<String, Integer> positions(DatasetSchema schema, InputName file, List<String> header, HeaderMapping mapping) {
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int p = 0; p < header.size(); p++) {
            String canonical = canonicalName(schema, header.get(p), mapping);
            if (canonical == null) {
                continue;
            }
            Integer earlier = positions.putIfAbsent(canonical, p);
            if (earlier != null) {
                throw new UnusableInputException(file.display() + ": columns '" + header.get(earlier) + "' and '"
                        + header.get(p) + "' both map to " + canonical + "; remove one or fix the mapping file");
            }
        }
        return positions;
    }

    static String canonicalName(DatasetSchema schema, String header, HeaderMapping mapping) {
        String normalised = HeaderMapping.normalise(header);
        if (schema.indexOf(normalised) >= 0) {
            return normalised;
        }
        return mapping.canonical(header).filter(c -> schema.indexOf(c) >= 0).orElse(null);
    }

    static UnusableInputException missingColumns(InputName file, List<String> header, HeaderMapping mapping,
                                                 DatasetSchema schema, List<String> missing) {
        String mappingFile = mapping.file() != null ? mapping.file() : "mappings/" + schema.name() + ".properties";
        return new UnusableInputException(file.display() + ": required column" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing) + " missing (header has: " + String.join(", ", header)
                + "); add " + (missing.size() > 1 ? "them" : "it") + " to the export or map the export's header to "
                + (missing.size() > 1 ? "them" : "it") + " in " + mappingFile);
    }

    /** Picks each canonical column's field by position. */
    private record ByPosition(int[] sourceOf, int headerSize) implements Bound {

        @Override
        public List<String[]> expand(RawRecord record) {
            String[] texts = new String[sourceOf.length];
            for (int i = 0; i < sourceOf.length; i++) {
                texts[i] = sourceOf[i] < 0 ? null : record.field(sourceOf[i]);
            }
            return Collections.singletonList(texts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByPosition b && Arrays.equals(sourceOf, b.sourceOf) && headerSize == b.headerSize;
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(sourceOf) * 31 + headerSize;
        }

        @Override
        public String toString() {
            return "ByPosition" + Arrays.toString(sourceOf);
        }
    }
}
