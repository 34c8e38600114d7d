package fi.kuntadigi.analytics.pilots;

import fi.kuntadigi.analytics.common.Stats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Chat pilot: chats, answer rate and median wait per municipality, and missed chats by hour of day. */
public final class ChatMetrics {

    /** One municipality's figures. */
    public record Result(String municipalityCode, long chats, long answered, Double answerRate, Double medianWait) {
        public long missed() {
            return chats - answered;
        }
    }

    /** Chats and missed chats in one hour of the day. */
    public record Hour(String municipalityCode, int hour, long chats, long missed) {
    }

    private ChatMetrics() {
    }

    public static List<Result> byMunicipality(List<ChatSession> sessions) {
        Map<String, List<ChatSession>> by = group(sessions);
        List<Result> out = new ArrayList<>();
        by.forEach((code, list) -> {
            long answered = list.stream().filter(ChatSession::answered).count();
            double[] waits = list.stream().filter(s -> s.waitSeconds() != null).mapToDouble(ChatSession::waitSeconds)
                    .toArray();
            out.add(new Result(code, list.size(), answered, Stats.ratio(answered, list.size()),
                    waits.length == 0 ? null : Stats.median(waits)));
        });
        return out;
    }

    /** All 24 hours of every municipality with chats, zeros included. */
    public static List<Hour> byHour(List<ChatSession> sessions) {
        List<Hour> out = new ArrayList<>();
        group(sessions).forEach((code, list) -> {
            long[] chats = new long[24];
            long[] missed = new long[24];
            for (ChatSession s : list) {
                int h = s.startedAt().getHour();
                chats[h]++;
                missed[h] += s.answered() ? 0 : 1;
            }
            for (int h = 0; h < 24; h++) {
                out.add(new Hour(code, h, chats[h], missed[h]));
            }
        });
        return out;
    }

    private static Map<String, List<ChatSession>> group(List<ChatSession> sessions) {
        Map<String, List<ChatSession>> by = new TreeMap<>();
        sessions.forEach(s -> by.computeIfAbsent(s.municipalityCode(), k -> new ArrayList<>()).add(s));
        return by;
    }
}
