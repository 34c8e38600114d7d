package fi.kuntadigi.analytics.pilots;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A pilot's period and the equally long period just before it (the baseline). */
public record PilotPeriod(LocalDate start, LocalDate end) {

    public long days() {
        return ChronoUnit.DAYS.between(start, end) + 1;
    }

    public LocalDate baselineStart() {
        return start.minusDays(days());
    }

    public boolean during(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public boolean before(LocalDate day) {
        return !day.isBefore(baselineStart()) && day.isBefore(start);
    }
}
