package fi.kuntadigi.analytics.surveys;

import java.util.Map;
import java.util.TreeMap;

/** Running sums of the answers of one group: count, positives, sum, sum of squares, per value. */
public final class AnswerSummary {

    private long n;
    private long positives;
    private double sum;
    private double sumSquares;
    private final Map<Integer, Long> byValue = new TreeMap<>();

    public void add(int answer, boolean positive) {
        n++;
        positives += positive ? 1 : 0;
        sum += answer;
        sumSquares += (double) answer * answer;
        byValue.merge(answer, 1L, Long::sum);
    }

    public long n() {
        return n;
    }

    public long positives() {
        return positives;
    }

    public double share() {
        return (double) positives / n;
    }

    public double mean() {
        return sum / n;
    }

    /** Sample standard deviation (n - 1); 0 for a single answer. */
    public double sd() {
        if (n < 2) {
            return 0;
        }
        double var = (sumSquares - sum * sum / n) / (n - 1);
        return Math.sqrt(Math.max(0, var));
    }

    public Map<Integer, Long> byValue() {
        return Map.copyOf(byValue);
    }
}
