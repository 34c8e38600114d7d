package fi.kuntadigi.generate;

import fi.kuntadigi.calendar.FinnishCalendar;
import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code feedback_items/}: the feedback pilot's map-service items, exactly as many per municipality
 * as the final report states (section 2.2: Kankaanpää 141, Jämijärvi 38, Pomarkku 38, Siikainen 2), and
 * the e-mail, phone and paper items of an equally long period before the pilot, fewer than in the pilot
 * everywhere except Siikainen ("volume grew everywhere except Siikainen"). 82 % of the pilot items are
 * answered within 3 Finnish working days ("most"). The individual rows are synthetic.
 */
final class FeedbackItems {

    static final Map<String, Integer> PILOT_ITEMS = Map.of("214", 141, "181", 38, "608", 38, "747", 2);
    static final Map<String, Integer> BASELINE_ITEMS = Map.of("214", 47, "181", 12, "608", 9, "747", 4);
    static final double FAST_SHARE_PILOT = 0.82;
    static final double FAST_SHARE_BASELINE = 0.60;
    static final int FAST_WORKING_DAYS = 3;
    private static final Map<String, double[]> CENTRES = Map.of("214", new double[] {61.80, 22.39},
            "181", new double[] {61.82, 22.69}, "608", new double[] {61.69, 22.01},
            "747", new double[] {61.88, 21.82});
    private static final List<String> CATEGORIES = List.of("streets", "streets", "parks", "sports_facilities",
            "waste", "buildings", "water", "other");
    private static final List<String> BASELINE_CHANNELS = List.of("email", "email", "phone", "paper");

    private record Item(String id, String code, String channel, LocalDateTime received, LocalDateTime answered,
                        String category, double[] place) {
    }

    private FeedbackItems() {
    }

    static void write(Path datasetsDir, long seed) {
        DateWindow pilot = DateWindow.ofPilot("feedback");
        List<Item> items = new ArrayList<>();
        for (String code : PILOT_ITEMS.keySet().stream().sorted().toList()) {
            SplittableRandom random = Seeds.random(seed, "feedback", code);
            items.addAll(items(code, "B", pilot.before(), BASELINE_ITEMS.get(code), FAST_SHARE_BASELINE, random));
            items.addAll(items(code, "P", pilot, PILOT_ITEMS.get(code), FAST_SHARE_PILOT, random));
        }
        items.sort(Comparator.comparing(Item::code).thenComparing(Item::received).thenComparing(Item::id));
        CsvDialect dialect = CsvDialect.CANONICAL;
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.FEEDBACK_ITEMS, "feedback_items.csv")) {
            for (Item i : items) {
                csv.row(i.id(), i.code(), i.channel(), dialect.timestamp(i.received()),
                        dialect.timestamp(i.answered()), i.category(),
                        i.place() == null ? "" : dialect.decimal(i.place()[0], 5),
                        i.place() == null ? "" : dialect.decimal(i.place()[1], 5), "true");
            }
        }
    }

    private static List<Item> items(String code, String period, DateWindow window, int count, double fastShare,
                                    SplittableRandom random) {
        boolean[] fast = Shuffle.pick(count, (int) Math.round(fastShare * count), random);
        boolean pilot = period.equals("P");
        List<Item> items = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDateTime received = window.randomTime(random, 7, 23);
            String channel = pilot ? "map_service" : BASELINE_CHANNELS.get(random.nextInt(BASELINE_CHANNELS.size()));
            double[] place = pilot ? near(CENTRES.get(code), random) : null;
            items.add(new Item(String.format("FB%s-%s%04d", code, period, n + 1), code, channel, received,
                    answer(received, fast[n], random), CATEGORIES.get(random.nextInt(CATEGORIES.size())), place));
        }
        return items;
    }

    /** First answer: within 3 working days when fast, else 4-12 working days or (1 in 10) never. */
    private static LocalDateTime answer(LocalDateTime received, boolean fast, SplittableRandom random) {
        if (!fast && random.nextInt(10) == 0) {
            return null;
        }
        LocalDate day = received.toLocalDate();
        int workingDays = fast ? random.nextInt(FAST_WORKING_DAYS + 1) : random.nextInt(4, 13);
        if (workingDays == 0 && (!FinnishCalendar.isWorkingDay(day) || received.getHour() >= 15)) {
            workingDays = 1;
        }
        LocalDate answerDay = FinnishCalendar.plusWorkingDays(day, workingDays);
        if (answerDay.equals(day)) {
            return received.plusMinutes(random.nextInt(15, 120));
        }
        return answerDay.atTime(random.nextInt(8, 16), random.nextInt(60));
    }

    private static double[] near(double[] centre, SplittableRandom random) {
        return new double[] {centre[0] + 0.015 * Draws.gaussian(random), centre[1] + 0.03 * Draws.gaussian(random)};
    }
}
