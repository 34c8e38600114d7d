package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.source.RawRecord;
import fi.kuntadigi.ingestion.source.RecordReader;
import fi.kuntadigi.ingestion.validation.Issue;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, record by record, what happens to an export's rows: published, or rejected with
 * a reason (wrong field count, a failed rule, a natural key seen before). No Spark here: the
 * load's tasks and the inbox's dry run use the same checker, so a dry run says exactly what a
 * load would do.
 */
public final class RecordChecker {

    /** Where each checked row goes. */
    public interface Verdicts {
        /** The next verdicts are about this file (shown name). */
        default void file(String display) {
        }

        void accepted(Object[] values);

        /** An accepted row with the line it came from (by default only its values matter). */
        default void accepted(long line, Object[] values) {
            accepted(values);
        }

        void rejected(QuarantinedRow row);
    }

    private final RecordValidator validator;
    private final Replacement replacement;
    private final boolean sharedKeys;
    private final DatasetSchema schema;
    private final int[] key;
    private final Map<NaturalKey, Long> firstSeen = new HashMap<>();
    private final List<String> fileNames = new ArrayList<>();
    private BoundInput input;
    private Set<String> firstKeyValues;
    private boolean keysOverflow;

    /**
     * Checks whole files on the calling thread, keys shared across them: what a small load or a
     * dry run needs without Spark. Reports every row to {@code out}.
     */
    public static void checkFiles(List<BoundInput> files, RecordValidator validator, Verdicts out) {
        checkFiles(files, validator, Replacement.NONE, out);
    }

    /** {@link #checkFiles(List, RecordValidator, Verdicts)} with corrected exports replacing the rows they cover. */
    public static void checkFiles(List<BoundInput> files, RecordValidator validator, Replacement replacement, Verdicts out) {
        RecordChecker checker = new RecordChecker(validator, true, replacement);
        for (BoundInput file : files) {
            checker.startFile(file);
            out.file(file.name().display());
            try (RecordReader reader =
                         RecordReader.open(file.name().toPath(), file.name().display())) {
                for (RawRecord record = reader.next(); record != null; record = reader.next()) {
                    checker.check(record, reader.delimiter(), out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file.name().display() + ": cannot be read", e);
            }
        }
    }

    /** {@code sharedKeys}: a key seen in an earlier file of this checker is a duplicate too. */
    public RecordChecker(RecordValidator validator, boolean sharedKeys) {
        this(validator, sharedKeys, Replacement.NONE);
    }

    /** @param replacement the corrected exports among the files and the rows they replace */
    public RecordChecker(RecordValidator validator, boolean sharedKeys, Replacement replacement) {
        this.validator = validator;
        this.replacement = replacement;
        this.sharedKeys = sharedKeys;
        this.schema = validator.schema();
        this.key = schema.naturalKey().stream().mapToInt(schema::indexOf).toArray();
    }

    public void startFile(BoundInput file) {
        input = file;
        fileNames.add(file.name().display());
        if (!sharedKeys) {
            firstSeen.clear();
        }
        firstKeyValues = new HashSet<>();
        keysOverflow = false;
    }

    /** The first key column's values the finished file held, for spotting files that may share keys. */
    public FileKeys finishFile() {
        return new FileKeys(input.name().display(), firstKeyValues, keysOverflow);
    }

    public void check(RawRecord record, char delimiter, Verdicts out) {
        if (!fieldCountMatches(record)) {
            out.rejected(rejected(record, delimiter, Issue.of("field_count", null, null, "row has " + record.size()
                    + " fields but the header has " + input.layout().headerSize() + "; check delimiters and quotes on this line",
                    String.valueOf(record.size()), String.valueOf(input.layout().headerSize()))));
            return;
        }
        for (String[] texts : input.layout().expand(record)) {
            RecordValidator.Result result = validator.validate(texts);
            if (!result.ok()) {
                out.rejected(rejected(record, delimiter, result.issue()));
                continue;
            }
            Object[] values = result.values();
            Optional<Issue> replaced = replacement.replaced(input.name().display(), values);
            if (replaced.isPresent()) {
                out.rejected(rejected(record, delimiter, replaced.get()));
                continue;
            }
            if (key.length > 0) {
                long at = ((long) (fileNames.size() - 1) << 40) | record.line();
                Long earlier = firstSeen.putIfAbsent(keyOf(values), at);
                if (earlier != null) {
                    out.rejected(rejected(record, delimiter, duplicate(values, earlier)));
                    continue;
                }
                rememberFirstKey(values[key[0]]);
            }
            out.accepted(record.line(), values);
        }
    }

    private QuarantinedRow rejected(RawRecord record, char delimiter, Issue issue) {
        return new QuarantinedRow(input.name().display(), record.line(), issue.column(), issue.value(), issue.reason(),
                record.text(delimiter), issue.code(), issue.args());
    }

    private void rememberFirstKey(Object value) {
        if (keysOverflow) {
            return;
        }
        if (firstKeyValues.add(String.valueOf(value)) && firstKeyValues.size() > FileKeys.LIMIT) {
            keysOverflow = true;
            firstKeyValues = Set.of();
        }
    }

    private NaturalKey keyOf(Object[] values) {
        Object[] k = new Object[key.length];
        for (int i = 0; i < key.length; i++) {
            k[i] = values[key[i]];
        }
        return new NaturalKey(k);
    }

    private Issue duplicate(Object[] values, long firstAt) {
        String earlierFile = fileNames.get((int) (firstAt >>> 40));
        String earlierLine = String.valueOf(firstAt & ((1L << 40) - 1));
        String earlier = earlierFile + " line " + earlierLine;
        List<String> parts = new ArrayList<>();
        for (int k : key) {
            parts.add(values[k] == null ? "" : values[k].toString());
        }
        String names = String.join(", ", schema.naturalKey());
        return Issue.of("duplicate", names, String.join("|", parts), "duplicate: the same " + names + " as " + earlier
                + "; keep one of the two rows", earlierFile, earlierLine);
    }

    /** Trailing empty fields are tolerated; any other difference from the header is not. */
    private boolean fieldCountMatches(RawRecord record) {
        int expected = input.layout().headerSize();
        if (record.size() == expected) {
            return true;
        }
        if (record.size() < expected) {
            return false;
        }
        for (int i = expected; i < record.size(); i++) {
            if (!record.field(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
