package fi.kuntadigi.analytics.pilots;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackMetricsTest {

    static final PilotPeriod APRIL = new PilotPeriod(LocalDate.of(2021, 4, 1), LocalDate.of(2021, 4, 30));

    private static FeedbackItem item(String id, String received, String answered) {
        return new FeedbackItem(id, "214", "map_service", LocalDateTime.parse(received),
                answered == null ? null : LocalDateTime.parse(answered), "streets", 61.8, 22.39);
    }

    static final List<FeedbackItem> ITEMS = List.of(
            item("easter", "2021-04-01T10:00", "2021-04-06T09:00"),   // Good Friday and Easter Monday: 1 working day
            item("late", "2021-04-09T12:00", "2021-04-15T08:00"),     // Mon-Thu: 4 working days
            item("never", "2021-04-20T12:00", null),
            item("before", "2021-03-15T12:00", "2021-03-16T12:00"),   // baseline period 2.3.-31.3.
            item("outside", "2021-01-15T12:00", "2021-01-16T12:00"));

    private static FeedbackMetrics.Result result() {
        return FeedbackMetrics.compute(ITEMS, APRIL, code -> 1000, 3).get(0);
    }

    @Test
    void countsDuringAndInTheEquallyLongPeriodBefore() {
        assertEquals(3, result().during());
        assertEquals(1, result().before());
        assertEquals(200.0, result().changePct());
    }

    @Test
    void itemsPerThousandInhabitants() {
        assertEquals(3.0, result().per1000());
    }

    @Test
    void unansweredItemsCountAsNotInTime() {
        assertEquals(1, result().inTime());
        assertEquals(1 / 3.0, result().shareInTime(), 1e-12);
    }

    @Test
    void medianOfAnsweredItemsInWorkingDays() {
        assertEquals(2.5, result().medianWorkingDays());
    }
}
