package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.source.RawRecord;
import fi.kuntadigi.ingestion.source.RecordReader;
import fi.kuntadigi.ingestion.source.UnusableInputException;
import fi.kuntadigi.ingestion.validation.Issue;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task of a load: reads a group of export files in order and streams out the rows
 * that pass; every other record — invalid, or a key already seen in the group — goes to the
 * quarantine accumulator with its file, line and reason. Nothing is held but the keys seen.
 */
final class ParseGroup implements FlatMapFunction<FileGroup, Row> {

    private static final long serialVersionUID = 1L;

    /** More rejected rows than this in one task means the export's format is wrong, not its rows. */
    static final int MAX_REJECTED = 200_000;

    /** Accumulators a task reports through. */
    record Reports(LongAccumulator read, LongAccumulator published, CollectionAccumulator<QuarantinedRow> rejected,
                   CollectionAccumulator<FileKeys> keys, CollectionAccumulator<InputChecksum> checksums)
            implements java.io.Serializable {
    }

    private final RecordValidator validator;
    private final Reports reports;

    ParseGroup(RecordValidator validator, Reports reports) {
        this.validator = validator;
        this.reports = reports;
    }

    @Override
    public Iterator<Row> call(FileGroup group) {
        return new GroupRows(group);
    }

    /** Lazily reads the group's files one after another; closes each at its end. */
    private final class GroupRows implements Iterator<Row> {
        private final Iterator<BoundInput> files;
        private final Deque<Row> pending = new ArrayDeque<>();
        private final Map<NaturalKey, Long> firstSeen = new HashMap<>();
        private final List<String> fileNames = new ArrayList<>();
        private final boolean sharedKeys;
        private final List<QuarantinedRow> rejected = new ArrayList<>();
        private final DatasetSchema schema = validator.schema();
        private final int[] key;
        private BoundInput input;
        private RecordReader reader;
        private Set<String> firstKeyValues;
        private boolean keysOverflow;
        private long read;
        private long published;

        GroupRows(FileGroup group) {
            this.files = group.files().iterator();
            this.sharedKeys = group.sharedKeys();
            this.key = schema.naturalKey().stream().mapToInt(schema::indexOf).toArray();
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty()) {
                if (reader == null && !openNext()) {
                    report();
                    return false;
                }
                RawRecord record = reader.next();
                if (record == null) {
                    closeFile();
                } else {
                    parse(record);
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private boolean openNext() {
            if (!files.hasNext()) {
                return false;
            }
            input = files.next();
            fileNames.add(input.name().display());
            if (!sharedKeys) {
                firstSeen.clear();
            }
            try {
                reports.checksums().add(Checksums.of(input.name().toPath(), input.name().display()));
                reader = RecordReader.open(input.name().toPath(), input.name().display());
            } catch (IOException e) {
                throw new UncheckedIOException(input.name().display() + ": cannot be read", e);
            }
            firstKeyValues = new HashSet<>();
            keysOverflow = false;
            return true;
        }

        private void closeFile() {
            reports.keys().add(new FileKeys(input.name().display(), firstKeyValues, keysOverflow));
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = null;
        }

        private void parse(RawRecord record) {
            if (!fieldCountMatches(record)) {
                read++;
                reject(record, new Issue(null, null, "row has " + record.size() + " fields but the header has "
                        + input.layout().headerSize() + "; check delimiters and quotes on this line"));
                return;
            }
            for (String[] texts : input.layout().expand(record)) {
                read++;
                RecordValidator.Result result = validator.validate(texts);
                if (!result.ok()) {
                    reject(record, result.issue());
                    continue;
                }
                Object[] values = result.values();
                if (key.length > 0) {
                    long at = ((long) (fileNames.size() - 1) << 40) | record.line();
                    Long earlier = firstSeen.putIfAbsent(keyOf(values), at);
                    if (earlier != null) {
                        reject(record, duplicate(values, earlier));
                        continue;
                    }
                    rememberFirstKey(values[key[0]]);
                }
                published++;
                pending.add(RowFactory.create(values));
            }
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
            String earlier = fileNames.get((int) (firstAt >>> 40)) + " line " + (firstAt & ((1L << 40) - 1));
            List<String> parts = new ArrayList<>();
            for (int k : key) {
                parts.add(values[k] == null ? "" : values[k].toString());
            }
            String names = String.join(", ", schema.naturalKey());
            return new Issue(names, String.join("|", parts), "duplicate: the same " + names + " as " + earlier
                    + "; keep one of the two rows");
        }

        private void reject(RawRecord record, Issue issue) {
            rejected.add(new QuarantinedRow(input.name().display(), record.line(), issue.column(), issue.value(),
                    issue.reason(), record.text(reader.delimiter())));
            if (rejected.size() > MAX_REJECTED) {
                QuarantinedRow first = rejected.get(0);
                throw new UnusableInputException(first.file() + ": more than " + MAX_REJECTED + " rows are invalid (line "
                        + first.line() + ": " + first.reason() + "); the export's format is probably wrong: fix it and load again");
            }
        }

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

        /** Reports the group's counts once, when the task has emitted its last row. */
        private void report() {
            if (read < 0) {
                return;
            }
            reports.read().add(read);
            reports.published().add(published);
            rejected.forEach(reports.rejected()::add);
            read = -1;
        }
    }
}
