package fi.kuntadigi.generate;

import fi.kuntadigi.calendar.FinnishCalendar;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * A period of days, e.g. a pilot as written in {@code real/pilots.csv} or a survey's answering time.
 *
 * @param start first day
 * @param end   last day
 */
record DateWindow(LocalDate start, LocalDate end) {

    static DateWindow ofPilot(String pilotId) {
        for (NamedCsvRecord r : RealData.real("pilots")) {
            if (r.getField("pilot_id").equals(pilotId)) {
                return new DateWindow(LocalDate.parse(r.getField("start_date")),
                        LocalDate.parse(r.getField("end_date")));
            }
        }
        throw new IllegalArgumentException("no pilot " + pilotId);
    }

    long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    /** The window of the same length just before this one (the pre-pilot baseline). */
    DateWindow before() {
        return new DateWindow(start.minusDays(days()), start.minusDays(1));
    }

    LocalDate randomDay(SplittableRandom random) {
        return start.plusDays(random.nextLong(days()));
    }

    /** A random minute of a random day between the given hours (start included, end excluded). */
    LocalDateTime randomTime(SplittableRandom random, int fromHour, int toHour) {
        return randomDay(random).atTime(random.nextInt(fromHour, toHour), random.nextInt(60));
    }

    /** A random working day within the window. */
    LocalDate randomWorkingDay(SplittableRandom random) {
        LocalDate day = randomDay(random);
        while (!FinnishCalendar.isWorkingDay(day)) {
            day = randomDay(random);
        }
        return day;
    }
}
