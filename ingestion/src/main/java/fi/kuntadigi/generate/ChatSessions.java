package fi.kuntadigi.generate;

import fi.kuntadigi.calendar.FinnishCalendar;
import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code chat_sessions/}: the web chat pilot. Kankaanpää had "a fair number" of chats of which
 * "only about half were answered" because the switchboard missed them during calls (final report 2.2):
 * 164 chats, exactly 82 answered, the missed ones drawn with a higher weight in the switchboard's call
 * peaks (9-11 and 12-14 on working days) and outside office hours. Karvia, Jämijärvi and Siikainen had
 * few chats, three quarters answered. The individual rows are synthetic.
 */
final class ChatSessions {

    static final Map<String, Integer> SESSIONS = Map.of("214", 164, "230", 9, "181", 7, "747", 4);
    static final Map<String, Double> ANSWERED_SHARE = Map.of("214", 0.50, "230", 0.75, "181", 0.75, "747", 0.75);
    private static final double OFFICE_HOURS_SHARE = 0.85;

    private ChatSessions() {
    }

    static void write(Path datasetsDir, long seed) {
        DateWindow pilot = DateWindow.ofPilot("chat");
        CsvDialect dialect = CsvDialect.CANONICAL;
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.CHAT_SESSIONS, "chat_sessions.csv")) {
            for (String code : SESSIONS.keySet().stream().sorted().toList()) {
                SplittableRandom random = Seeds.random(seed, "chat", code);
                int count = SESSIONS.get(code);
                LocalDateTime[] starts = new LocalDateTime[count];
                for (int i = 0; i < count; i++) {
                    starts[i] = start(pilot, random);
                }
                Arrays.sort(starts);
                double[] missWeights = Arrays.stream(starts).mapToDouble(ChatSessions::missWeight).toArray();
                int missed = count - (int) Math.round(ANSWERED_SHARE.get(code) * count);
                boolean[] miss = Shuffle.pickWeighted(missWeights, missed, random);
                for (int i = 0; i < count; i++) {
                    String wait = miss[i] ? ""
                            : Integer.toString((int) Math.min(900, 15 + Draws.logNormal(random, Math.log(60), 0.8)));
                    csv.row(String.format("CH%s-%04d", code, i + 1), code, dialect.timestamp(starts[i]),
                            Boolean.toString(!miss[i]), wait, "true");
                }
            }
        }
    }

    private static LocalDateTime start(DateWindow pilot, SplittableRandom random) {
        if (random.nextDouble() < OFFICE_HOURS_SHARE) {
            LocalDate day = pilot.randomWorkingDay(random);
            return day.atTime(random.nextInt(8, 16), random.nextInt(60), random.nextInt(60));
        }
        return pilot.randomTime(random, 16, 22).withSecond(random.nextInt(60));
    }

    /** Chance weight of being missed: high outside office hours, raised in the call peaks. */
    static double missWeight(LocalDateTime start) {
        if (!isOfficeHours(start)) {
            return 20;
        }
        int hour = start.getHour();
        return List.of(9, 10, 12, 13).contains(hour) ? 3 : 1;
    }

    static boolean isOfficeHours(LocalDateTime time) {
        return FinnishCalendar.isWorkingDay(time.toLocalDate()) && time.getHour() >= 8 && time.getHour() < 16;
    }
}
