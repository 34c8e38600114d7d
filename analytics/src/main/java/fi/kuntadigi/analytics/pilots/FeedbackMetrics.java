package fi.kuntadigi.analytics.pilots;

import fi.kuntadigi.calendar.FinnishCalendar;
import fi.kuntadigi.analytics.common.Stats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Feedback pilot per municipality: items during the pilot and in the equally long period before,
 * items per 1 000 inhabitants, share answered within N Finnish working days (unanswered items count
 * as not in time), median response in working days and in hours (answered items only).
 */
public final class FeedbackMetrics {

    /** One municipality's figures. */
    public record Result(String municipalityCode, int population, long during, long before, Double changePct,
                         double per1000, long answered, long inTime, Double shareInTime, Double medianWorkingDays,
                         Double medianHours, Double shareInTimeBefore) {
    }

    private FeedbackMetrics() {
    }

    /** Working days from arrival to answer, or null when not answered. */
    public static Integer responseWorkingDays(FeedbackItem item) {
        return item.answeredAt() == null ? null
                : FinnishCalendar.workingDaysBetween(item.receivedAt(), item.answeredAt());
    }

    public static List<Result> compute(List<FeedbackItem> items, PilotPeriod period, ToIntFunction<String> population,
                                       int workingDays) {
        Map<String, List<FeedbackItem>> during = new TreeMap<>();
        Map<String, List<FeedbackItem>> before = new TreeMap<>();
        for (FeedbackItem i : items) {
            if (period.during(i.receivedAt().toLocalDate())) {
                during.computeIfAbsent(i.municipalityCode(), k -> new ArrayList<>()).add(i);
            } else if (period.before(i.receivedAt().toLocalDate())) {
                before.computeIfAbsent(i.municipalityCode(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Result> out = new ArrayList<>();
        for (Map.Entry<String, List<FeedbackItem>> e : during.entrySet()) {
            List<FeedbackItem> d = e.getValue();
            List<FeedbackItem> b = before.getOrDefault(e.getKey(), List.of());
            int pop = population.applyAsInt(e.getKey());
            double[] wd = d.stream().map(FeedbackMetrics::responseWorkingDays).filter(x -> x != null)
                    .mapToDouble(Integer::doubleValue).toArray();
            double[] hours = d.stream().filter(i -> i.answeredAt() != null)
                    .mapToDouble(i -> Duration.between(i.receivedAt(), i.answeredAt()).toMinutes() / 60.0).toArray();
            long inTime = inTime(d, workingDays);
            out.add(new Result(e.getKey(), pop, d.size(), b.size(),
                    b.isEmpty() ? null : (d.size() - b.size()) * 100.0 / b.size(),
                    pop == 0 ? 0 : d.size() * 1000.0 / pop, wd.length, inTime, Stats.ratio(inTime, d.size()),
                    wd.length == 0 ? null : Stats.median(wd), hours.length == 0 ? null : Stats.median(hours),
                    b.isEmpty() ? null : (double) inTime(b, workingDays) / b.size()));
        }
        return out;
    }

    private static long inTime(List<FeedbackItem> items, int workingDays) {
        return items.stream().map(FeedbackMetrics::responseWorkingDays).filter(x -> x != null && x <= workingDays)
                .count();
    }
}
