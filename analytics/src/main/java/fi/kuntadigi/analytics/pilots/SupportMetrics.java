package fi.kuntadigi.analytics.pilots;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Digital-support days per municipality: events, participants, participants 65+. */
public final class SupportMetrics {

    /** One municipality's figures. */
    public record Result(String municipalityCode, int events, long participants, long participants65Plus) {
        public double perEvent() {
            return events == 0 ? 0 : (double) participants / events;
        }
    }

    private SupportMetrics() {
    }

    public static List<Result> compute(List<SupportEvent> events) {
        Map<String, long[]> by = new TreeMap<>();
        for (SupportEvent e : events) {
            long[] s = by.computeIfAbsent(e.municipalityCode(), k -> new long[3]);
            s[0]++;
            s[1] += e.participants();
            s[2] += e.participants65Plus();
        }
        List<Result> out = new ArrayList<>();
        by.forEach((code, s) -> out.add(new Result(code, (int) s[0], s[1], s[2])));
        return out;
    }
}
