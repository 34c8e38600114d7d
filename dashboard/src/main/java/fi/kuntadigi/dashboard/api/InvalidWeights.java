package fi.kuntadigi.dashboard.api;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What-if weights that cannot be used: each problem with its indicator and a message key, and
 * the values as the reader entered them, so the form can be shown again with the messages beside
 * the fields (the API answers 400 with the English text).
 */
public final class InvalidWeights extends BadRequest {

    private static final long serialVersionUID = 1L;

    /** One weight's problem: {@code indicator} is null for a problem of the whole set (they add up to 0). */
    public record Problem(String indicator, String messageKey, String entered) {
    }

    private final transient Map<String, String> entered;
    private final transient List<Problem> problems;

    InvalidWeights(Map<String, String> entered, List<Problem> problems) {
        super(problems.stream().map(InvalidWeights::english).collect(Collectors.joining("; ")));
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

    private static String english(Problem p) {
        String name = "w_" + p.indicator();
        return switch (p.messageKey()) {
            case "whatif.error.not_number" -> "weight '" + name + "' is not a number: '" + p.entered() + "'; write e.g. 0.33 or 0,33";
            case "whatif.error.range" -> "weight '" + name + "' = " + p.entered() + " is out of range; allowed 0 to 1";
            default -> "the weights add up to 0; give at least one a value above 0";
        };
    }
}
