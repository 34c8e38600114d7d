package fi.kuntadigi.ingestion.validation;

import fi.kuntadigi.catalog.DatasetSchema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Row rules that several datasets share, built against a schema's column names. */
public final class Rules {

    private Rules() {
    }

    /** {@code later} must not be before {@code earlier} (dates or timestamps; empty passes). */
    public static RowRule notBefore(DatasetSchema schema, String later, String earlier) {
        int l = schema.indexOf(later);
        int e = schema.indexOf(earlier);
        return row -> {
            if (row[l] == null || row[e] == null) {
                return Optional.empty();
            }
            boolean before = row[l] instanceof LocalDateTime lt ? lt.isBefore((LocalDateTime) row[e])
                    : ((LocalDate) row[l]).isBefore((LocalDate) row[e]);
            return before ? Optional.of(Issue.of("not_before", later, row[l].toString(), later + " " + row[l] + " is before "
                    + earlier + " " + row[e] + "; correct one of them", earlier, row[e].toString())) : Optional.empty();
        };
    }

    /** Whole-number column {@code part} must not exceed {@code whole}. */
    public static RowRule atMost(DatasetSchema schema, String part, String whole) {
        int p = schema.indexOf(part);
        int w = schema.indexOf(whole);
        return row -> {
            if (row[p] == null || row[w] == null || ((Number) row[p]).longValue() <= ((Number) row[w]).longValue()) {
                return Optional.empty();
            }
            return Optional.of(Issue.of("more_than_whole", part, row[p].toString(), part + " " + row[p] + " is more than " + whole + " "
                    + row[w] + "; a part cannot exceed the whole", whole, row[w].toString()));
        };
    }

    /** The year column must be the year of the date column. */
    public static RowRule yearOf(DatasetSchema schema, String year, String date) {
        int y = schema.indexOf(year);
        int d = schema.indexOf(date);
        return row -> {
            if (row[y] == null || row[d] == null || ((LocalDate) row[d]).getYear() == (Integer) row[y]) {
                return Optional.empty();
            }
            return Optional.of(Issue.of("not_year_of", year, row[y].toString(), year + " " + row[y] + " is not the year of " + date
                    + " " + row[d] + "; correct one of them", date, row[d].toString()));
        };
    }

    /** The date column must be the first day of a month. */
    public static RowRule firstOfMonth(DatasetSchema schema, String date) {
        int d = schema.indexOf(date);
        return row -> {
            if (row[d] == null || ((LocalDate) row[d]).getDayOfMonth() == 1) {
                return Optional.empty();
            }
            LocalDate day = (LocalDate) row[d];
            return Optional.of(Issue.of("not_first_of_month", date, day.toString(), date + " " + day
                    + " is not the first day of a month; write " + day.withDayOfMonth(1) + " (or " + day.getYear() + "-"
                    + String.format("%02d", day.getMonthValue()) + ")", day.withDayOfMonth(1).toString()));
        };
    }

}
