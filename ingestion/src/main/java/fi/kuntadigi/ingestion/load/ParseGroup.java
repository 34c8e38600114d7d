package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.ingestion.source.RawRecord;
import fi.kuntadigi.ingestion.source.RecordReader;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.ingestion.validation.RecordValidator;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The Spark task of a load: reads a group of export files in order and streams out the rows
 * the {@link RecordChecker} accepts; rejected records go to the quarantine accumulator with
 * their file, line and reason. Nothing is held but the keys seen.
 */
final class ParseGroup implements FlatMapFunction<FileGroup, Row> {

    private static final long serialVersionUID = 1L;

    /** More rejected rows than this in one task means the export's format is wrong, not its rows. */
    static final int MAX_REJECTED = 200_000;

    /** Accumulators a task reports through. */
    record Reports(LongAccumulator read, LongAccumulator published, CollectionAccumulator<QuarantinedRow> rejected,
                   CollectionAccumulator<FileKeys> keys, CollectionAccumulator<InputChecksum> checksums)
            implements Serializable {
    }

    private final RecordValidator validator;
    private final Replacement replacement;
    private final Reports reports;

    ParseGroup(RecordValidator validator, Replacement replacement, Reports reports) {
        this.validator = validator;
        this.replacement = replacement;
        this.reports = reports;
    }

    @Override
    public Iterator<Row> call(FileGroup group) {
        return new GroupRows(group);
    }

    /** Lazily reads the group's files one after another; closes each at its end. */
    private final class GroupRows implements Iterator<Row>, RecordChecker.Verdicts {
        private final Iterator<BoundInput> files;
        private final RecordChecker checker;
        private final Deque<Row> pending = new ArrayDeque<>();
        private final List<QuarantinedRow> rejected = new ArrayList<>();
        private RecordReader reader;
        private long read;
        private long published;
        private boolean reported;

        GroupRows(FileGroup group) {
            this.files = group.files().iterator();
            this.checker = new RecordChecker(validator, group.sharedKeys(), replacement);
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
                    checker.check(record, reader.delimiter(), this);
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

        @Override
        public void accepted(Object[] values) {
            read++;
            published++;
            pending.add(RowFactory.create(values));
        }

        @Override
        public void rejected(QuarantinedRow row) {
            read++;
            rejected.add(row);
            if (rejected.size() > MAX_REJECTED) {
                QuarantinedRow first = rejected.get(0);
                throw new UnusableInputException(first.file() + ": more than " + MAX_REJECTED + " rows are invalid (line "
                        + first.line() + ": " + first.reason() + "); the export's format is probably wrong: fix it and load again");
            }
        }

        private boolean openNext() {
            if (!files.hasNext()) {
                return false;
            }
            BoundInput input = files.next();
            checker.startFile(input);
            try {
                MessageDigest sha = Checksums.sha256();
                reader = RecordReader.open(input.name().toPath(), input.name().display(), sha);
                reports.checksums().add(Checksums.of(input.name().display(), sha,
                        Files.size(input.name().toPath())));
            } catch (IOException e) {
                throw new UncheckedIOException(input.name().display() + ": cannot be read", e);
            }
            return true;
        }

        private void closeFile() {
            reports.keys().add(checker.finishFile());
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            reader = null;
        }

        /** Reports the group's counts once, when the task has emitted its last row. */
        private void report() {
            if (reported) {
                return;
            }
            reported = true;
            reports.read().add(read);
            reports.published().add(published);
            rejected.forEach(reports.rejected()::add);
        }
    }
}
