package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.validation.Issue;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Corrected exports that replace earlier rows: a municipality sends the same months again with
 * fixed figures. Each replacing file covers the municipality-months its valid rows carry; a row
 * of any other file in a covered municipality-month is not published but quarantined with the
 * reason {@code replaced_by <file>} (so the replaced rows stay in the warehouse's quarantine),
 * and the replacing rows are published instead of being quarantined as duplicates.
 *
 * @param coveredBy municipality code and date ({@code 214|2021-01-01}) to the replacing file that covers them
 */
public record Replacement(Set<String> replacing, Map<String, String> coveredBy, int municipality, int date, String dateColumn)
        implements Serializable {

    /** No file replaces anything. */
    public static final Replacement NONE = new Replacement(Set.of(), Map.of(), -1, -1, null);

    public Replacement {
        replacing = Set.copyOf(replacing);
        coveredBy = Map.copyOf(coveredBy);
    }

    /**
     * Reads the replacing files among {@code inputs} (by shown name) with {@code validator} and
     * notes the municipality-months their valid rows cover. A dataset without a municipality and
     * a date column cannot be corrected this way: nothing is replaced.
     */
    public static Replacement of(List<BoundInput> inputs, Set<String> replacing, RecordValidator validator) {
        DatasetSchema schema = validator.schema();
        int municipality = schema.indexOf("municipality_code");
        int date = schema.validOn() == null ? -1 : schema.indexOf(schema.validOn());
        if (replacing.isEmpty() || municipality < 0 || date < 0) {
            return NONE;
        }
        Map<String, String> covered = new HashMap<>();
        for (BoundInput input : inputs) {
            String file = input.name().display();
            if (replacing.contains(file)) {
                RecordChecker.checkFiles(List.of(input), validator, new RecordChecker.Verdicts() {
                    @Override
                    public void accepted(Object[] values) {
                        covered.putIfAbsent(key(values, municipality, date), file);
                    }

                    @Override
                    public void rejected(QuarantinedRow row) {
                        // the load quarantines it for its own reason
                    }
                });
            }
        }
        return new Replacement(replacing, covered, municipality, date, schema.validOn());
    }

    private static String key(Object[] values, int municipality, int date) {
        return values[municipality] + "|" + values[date];
    }

    /** Why a row of {@code file} is not published when a replacing file covers it; empty when it stays. */
    Optional<Issue> replaced(String file, Object[] values) {
        if (coveredBy.isEmpty() || replacing.contains(file) || values[municipality] == null || values[date] == null) {
            return Optional.empty();
        }
        String key = key(values, municipality, date);
        String by = coveredBy.get(key);
        return by == null ? Optional.empty() : Optional.of(Issue.of("replaced_by", "municipality_code, " + dateColumn, key,
                "replaced_by " + by, by));
    }
}
