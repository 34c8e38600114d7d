package fi.kuntadigi.ingestion.run;

import de.siegmar.fastcsv.writer.CsvWriter;
import fi.kuntadigi.calendar.FinnishCalendar;
import fi.kuntadigi.ingestion.load.QuarantinedRow;
import fi.kuntadigi.ingestion.load.RecordChecker;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * What a new export would do if loaded now, bounded by the sample size rather than the file:
 * how many of its rows would be published, how many would be quarantined for each reason with a
 * sample of them (line, column, value, reason), and how many of its rows are dated outside the
 * dataset's period. The full list of quarantined rows goes to a {@link RowsCsv} as it is found.
 * Nothing is published.
 *
 * @param period  the dates of the dataset's current inputs (its other files), or null when it has none
 * @param outside rows of the export dated outside {@code period}
 * @param replaced rows of the dataset's other inputs the export would replace, as a correction
 */
public record DryRun(String dataset, String file, long rows, long published, long quarantined, List<Reason> reasons,
                     Period period, Outside outside, Replaced replaced) {

    /** Rows kept per reason for the page. */
    public static final int SAMPLE = 20;

    public DryRun {
        reasons = List.copyOf(reasons);
    }

    /** One kind of problem ({@link QuarantinedRow#code()}): how many rows have it and the first of them. */
    public record Reason(String code, long count, List<QuarantinedRow> sample) {
        public Reason {
            sample = List.copyOf(sample);
        }
    }

    /** First and last date of a dataset's rows. */
    public record Period(LocalDate from, LocalDate to) {

        /** How far past its last month a new export normally reaches: a monthly or a quarterly export. */
        static final int CONTINUATION_MONTHS = 3;

        /**
         * Whether an export's row dated {@code day} is what a next export brings: within the period, or
         * continuing it by up to {@link #CONTINUATION_MONTHS} months but not past {@code today}. Dates
         * before the period, far after it or in the future are worth a word before publishing.
         */
        boolean expects(LocalDate day, LocalDate today) {
            LocalDate continuation = YearMonth.from(to).plusMonths(CONTINUATION_MONTHS).atEndOfMonth();
            LocalDate end = Collections.max(List.of(to, Collections.min(List.of(continuation, today))));
            return !day.isBefore(from) && !day.isAfter(end);
        }
    }

    /** Rows dated outside the period: how many, their first and last date, and the first lines. */
    public record Outside(long rows, LocalDate first, LocalDate last, List<Long> sampleLines) {
        public Outside {
            sampleLines = List.copyOf(sampleLines);
        }
    }

    /** Rows a correction would replace: how many per municipality-month ({@code 214|2021-01-01}) and the first of them. */
    public record Replaced(long rows, Map<String, Long> byMunicipalityMonth, List<QuarantinedRow> sample) {
        public Replaced {
            byMunicipalityMonth = Collections.unmodifiableMap(new TreeMap<>(byMunicipalityMonth));
            sample = List.copyOf(sample);
        }
    }

    /** The sampled quarantined rows, reason by reason. */
    public List<QuarantinedRow> sample() {
        return reasons.stream().flatMap(r -> r.sample().stream()).toList();
    }

    /** Every quarantined row as CSV (line, column, value, reason code, reason), written as the check goes. */
    public static final class RowsCsv implements Consumer<QuarantinedRow>, Closeable {
        private static final String FORMULA_START = "=+-@\t\r\n\0";
        private final CsvWriter out;

        public RowsCsv(Path file) {
            try {
                out = CsvWriter.builder().build(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            out.writeRecord("line", "column", "value", "reason_code", "reason");
        }

        @Override
        public void accept(QuarantinedRow row) {
            out.writeRecord(String.valueOf(row.line()), safe(row.column()), safe(row.value()), safe(row.code()),
                    safe(row.reason()));
        }

        /** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
        private static String safe(String text) {
            if (text == null) {
                return "";
            }
            return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Keeps the verdicts of one file among all checked: counts, samples, dates; every quarantined row to {@code all}. */
    static final class Collector implements RecordChecker.Verdicts {
        private final String file;
        private final int dateColumn;
        private final Consumer<QuarantinedRow> all;
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, List<QuarantinedRow>> samples = new LinkedHashMap<>();
        /** The export's accepted rows by date, with the first line of each date (bounded by the distinct dates). */
        private final TreeMap<LocalDate, long[]> exportDates = new TreeMap<>();
        private final Map<String, Long> replacedBy = new TreeMap<>();
        private final List<QuarantinedRow> replacedSample = new ArrayList<>();
        private long replaced;
        private LocalDate inputsFrom;
        private LocalDate inputsTo;
        private long rows;
        private long published;
        private long quarantined;
        private boolean inFile;

        /** @param dateColumn the schema's column of the row's date, or -1 */
        Collector(String file, int dateColumn, Consumer<QuarantinedRow> all) {
            this.file = file;
            this.dateColumn = dateColumn;
            this.all = all;
        }

        @Override
        public void file(String display) {
            inFile = display.equals(file);
        }

        @Override
        public void accepted(Object[] values) {
            accepted(0, values);
        }

        @Override
        public void accepted(long line, Object[] values) {
            LocalDate day = dateColumn < 0 ? null : day(values[dateColumn]);
            if (inFile) {
                rows++;
                published++;
                if (day != null) {
                    long[] seen = exportDates.computeIfAbsent(day, d -> new long[] {0, line});
                    seen[0]++;
                }
            } else if (day != null) {
                inputsFrom = inputsFrom == null || day.isBefore(inputsFrom) ? day : inputsFrom;
                inputsTo = inputsTo == null || day.isAfter(inputsTo) ? day : inputsTo;
            }
        }

        @Override
        public void rejected(QuarantinedRow row) {
            if (!inFile) {
                if ("replaced_by".equals(row.code())) {
                    replaced++;
                    replacedBy.merge(row.value(), 1L, Long::sum);
                    if (replacedSample.size() < SAMPLE) {
                        replacedSample.add(row);
                    }
                }
                return;
            }
            rows++;
            quarantined++;
            String code = row.code() == null ? "other" : row.code();
            counts.merge(code, 1L, Long::sum);
            List<QuarantinedRow> sample = samples.computeIfAbsent(code, c -> new ArrayList<>());
            if (sample.size() < SAMPLE) {
                sample.add(row);
            }
            all.accept(row);
        }

        private static LocalDate day(Object value) {
            return value instanceof LocalDateTime t ? t.toLocalDate() : value instanceof LocalDate d ? d : null;
        }

        DryRun result(String dataset) {
            List<Reason> reasons = new ArrayList<>();
            counts.forEach((code, n) -> reasons.add(new Reason(code, n, samples.get(code))));
            reasons.sort((a, b) -> Long.compare(b.count(), a.count()));
            Period period = inputsFrom == null ? null : new Period(inputsFrom, inputsTo);
            long outsideRows = 0;
            LocalDate first = null;
            LocalDate last = null;
            List<Long> lines = new ArrayList<>();
            if (period != null) {
                LocalDate today = FinnishCalendar.today();
                for (Map.Entry<LocalDate, long[]> e : exportDates.entrySet()) {
                    if (!period.expects(e.getKey(), today)) {
                        outsideRows += e.getValue()[0];
                        first = first == null ? e.getKey() : first;
                        last = e.getKey();
                        if (lines.size() < SAMPLE) {
                            lines.add(e.getValue()[1]);
                        }
                    }
                }
            }
            lines.sort(null);
            return new DryRun(dataset, file, rows, published, quarantined, reasons, period,
                    new Outside(outsideRows, first, last, lines), new Replaced(replaced, replacedBy, replacedSample));
        }
    }
}
