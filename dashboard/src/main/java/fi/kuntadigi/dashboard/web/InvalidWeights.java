package fi.kuntadigi.dashboard.web;

import fi.kuntadigi.dashboard.http.BadRequest;
import java.util.List;
import java.util.Map;

/**
 * What-if weights that cannot be used: each problem with its indicator and a message key, and
 * the values as the reader entered them, so the form can be shown again with the messages beside
 * the fields (the API answers 400 with the first problem in the request's language).
 */
public final class InvalidWeights extends BadRequest {

    private static final long serialVersionUID = 1L;

    /** One weight's problem: {@code indicator} is null for a problem of the whole set (they add up to 0). */
    public record Problem(String indicator, String messageKey, String entered) {
    }

    private final transient Map<String, String> entered;
    private final transient List<Problem> problems;

    InvalidWeights(Map<String, String> entered, List<Problem> problems) {
        super(key(problems.get(0)), args(problems.get(0)));
        this.entered = Map.copyOf(entered);
        this.problems = List.copyOf(problems);
    }

    /** The values as entered, by indicator id. */
    public Map<String, String> entered() {
        return entered;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The API's answer names the first problem (the page shows them all beside their fields). */
    private static String key(Problem p) {
        return switch (p.messageKey()) {
            case "whatif.error.not_number" -> "error.bad.weight_number";
            case "whatif.error.range" -> "error.bad.weight_range";
            default -> "error.bad.weights_zero";
        };
    }

    private static Object[] args(Problem p) {
        return p.indicator() == null ? new Object[0]
                : new Object[] {FilterParser.WEIGHT_PREFIX + p.indicator(), p.entered(), "0", "1"};
    }
}
