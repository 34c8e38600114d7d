package fi.kuntadigi.generate;

import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes {@code digital_support_events/}: the five digital-support days held with libraries in September
 * and October 2021 (final report 2.2: Kankaanpää two, Jämijärvi, Karvia and Siikainen one each; about 25
 * customers, all elderly). The 25 participants are split randomly over the events, at least three each,
 * all counted as 65+. The dates and the split are synthetic, the totals real.
 */
final class DigitalSupportEvents {

    static final List<String> EVENTS = List.of("181", "214", "214", "230", "747");
    static final int PARTICIPANTS = 25;
    private static final int MINIMUM = 3;

    private record Event(String code, LocalDate day, int participants) {
    }

    private DigitalSupportEvents() {
    }

    static void write(Path datasetsDir, long seed) {
        SplittableRandom random = Seeds.random(seed, "digital_support");
        DateWindow window = DateWindow.ofPilot("digital_support");
        int[] participants = new int[EVENTS.size()];
        Arrays.fill(participants, MINIMUM);
        for (int left = PARTICIPANTS - MINIMUM * EVENTS.size(); left > 0; left--) {
            participants[random.nextInt(participants.length)]++;
        }
        List<Event> events = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < EVENTS.size(); i++) {
            LocalDate day = window.randomWorkingDay(random);
            while (days.contains(day)) {
                day = window.randomWorkingDay(random);
            }
            days.add(day);
            events.add(new Event(EVENTS.get(i), day, participants[i]));
        }
        events.sort(Comparator.comparing(Event::code).thenComparing(Event::day));
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.DIGITAL_SUPPORT_EVENTS,
                "digital_support_events.csv")) {
            int number = 0;
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                number = i > 0 && events.get(i - 1).code().equals(e.code()) ? number + 1 : 1;
                String count = Integer.toString(e.participants());
                csv.row("DS" + e.code() + "-" + number, e.code(), CsvDialect.CANONICAL.date(e.day()), count, count,
                        "true");
            }
        }
    }
}
