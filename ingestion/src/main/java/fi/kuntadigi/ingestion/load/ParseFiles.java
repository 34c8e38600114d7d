package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.ingestion.source.RawRecord;
import fi.kuntadigi.ingestion.source.RecordReader;
import fi.kuntadigi.ingestion.source.UnusableInputException;
import fi.kuntadigi.ingestion.validation.Issue;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task of a load: reads one export file and turns each record into a parsed row
 * (see {@link ParsedRows}), published or rejected with its reason. Streams; never holds a file.
 */
final class ParseFiles implements FlatMapFunction<BoundInput, Row> {

    private static final long serialVersionUID = 1L;

    private final RecordValidator validator;
    private final LongAccumulator recordsRead;
    private final CollectionAccumulator<InputChecksum> checksums;

    ParseFiles(RecordValidator validator, LongAccumulator recordsRead, CollectionAccumulator<InputChecksum> checksums) {
        this.validator = validator;
        this.recordsRead = recordsRead;
        this.checksums = checksums;
    }

    @Override
    public Iterator<Row> call(BoundInput input) throws IOException {
        checksums.add(Checksums.of(input.name().toPath(), input.name().display()));
        return new FileRows(input, RecordReader.open(input.name().toPath(), input.name().display()));
    }

    /** Lazily reads records and validates them; closes the reader at the end of the file. */
    private final class FileRows implements Iterator<Row> {
        private final BoundInput input;
        private final RecordReader reader;
        private final Deque<Row> pending = new ArrayDeque<>();
        private boolean done;
        private long counted;

        FileRows(BoundInput input, RecordReader reader) {
            this.input = input;
            this.reader = reader;
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && !done) {
                RawRecord record;
                try {
                    record = reader.next();
                } catch (UnusableInputException e) {
                    close();
                    throw e;
                }
                if (record == null) {
                    close();
                } else {
                    parse(record);
                }
            }
            return !pending.isEmpty();
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void parse(RawRecord record) {
            String text = null;
            if (!fieldCountMatches(record)) {
                text = record.text(reader.delimiter());
                pending.add(rejected(record, text, new Issue(null, null, "row has " + record.size()
                        + " fields but the header has " + input.layout().headerSize()
                        + "; check delimiters and quotes on this line")));
                return;
            }
            for (String[] texts : input.layout().expand(record)) {
                RecordValidator.Result result = validator.validate(texts);
                if (result.ok()) {
                    pending.add(published(record, result.values()));
                } else {
                    if (text == null) {
                        text = record.text(reader.delimiter());
                    }
                    pending.add(rejected(record, text, result.issue()));
                }
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

        private Row published(RawRecord record, Object[] values) {
            return row(values, record.line(), null, null, null, null);
        }

        private Row rejected(RawRecord record, String text, Issue issue) {
            return row(new Object[validator.schema().columns().size()], record.line(),
                    issue.column(), issue.value(), issue.reason(), text);
        }

        private Row row(Object[] values, long line, String column, String value, String reason, String text) {
            counted++;
            Object[] all = new Object[values.length + 6];
            System.arraycopy(values, 0, all, 0, values.length);
            all[values.length] = input.name().display();
            all[values.length + 1] = line;
            all[values.length + 2] = column;
            all[values.length + 3] = value;
            all[values.length + 4] = reason;
            all[values.length + 5] = text;
            return RowFactory.create(all);
        }

        private void close() {
            done = true;
            recordsRead.add(counted);
            counted = 0;
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
