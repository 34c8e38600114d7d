package fi.kuntadigi.dashboard.web;

import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.http.BadRequest;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.warehouse.Reference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns query parameters into {@link Filters}. Values of the known parameters are validated and a
 * bad one is a {@link BadRequest} that says what is allowed; nothing unvalidated goes further.
 * Tracking parameters that links pick up when shared ({@code utm_*}, {@code fbclid}, {@code gclid} …)
 * are always ignored. Any other unknown parameter is ignored on a page (a shared link keeps
 * working) and refused by the API ({@link #parseStrict}), where a misspelt filter would otherwise
 * silently answer for all municipalities.
 */
public final class FilterParser {

    /** Prefix of a what-if weight parameter: {@code w_volume=0.3}. */
    public static final String WEIGHT_PREFIX = "w_";
    private static final Set<String> KNOWN = Set.of("lang", "municipality", "year", "sector");
    /** Click ids and campaign tags that ad networks, mailers and social sites append to links. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "yclid", "igshid", "twclid", "ttclid", "li_fat_id", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi");
    private static final double MAX_WEIGHT = 1.0;

    private final Reference reference;
    private final WeightIndicators indicators;

    public FilterParser(Reference reference, WeightIndicators indicators) {
        this.reference = reference;
        this.indicators = indicators;
    }

    /** Supplies the indicator ids a weight may name. */
    public interface WeightIndicators {
        Set<String> ids();
    }

    /** Whether a parameter is a tracking tag that every route ignores. */
    public static boolean tracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || TRACKING.contains(n);
    }

    /** The filters of a page: unknown parameters are ignored; a bad value of a known one is a {@link BadRequest}. */
    public Filters parse(Map<String, List<String>> query) {
        return filters(query);
    }

    /** The filters of an API request: besides tracking tags, an unknown parameter is a {@link BadRequest}. */
    public Filters parseStrict(Map<String, List<String>> query) {
        for (String name : query.keySet()) {
            if (!KNOWN.contains(name) && !name.startsWith(WEIGHT_PREFIX) && !tracking(name)) {
                throw new BadRequest("error.bad.parameter", name, "lang, municipality, year, sector, w_<indicator>");
            }
        }
        return filters(query);
    }

    private Filters filters(Map<String, List<String>> query) {
        Lang lang = one(query, "lang") == null ? Lang.FI : Lang.of(one(query, "lang"))
                .orElseThrow(() -> new BadRequest("error.bad.lang", one(query, "lang"),
                        Arrays.stream(Lang.values()).map(Lang::code).collect(Collectors.joining(", "))));
        return new Filters(lang, municipality(one(query, "municipality")), year(one(query, "year")),
                sector(one(query, "sector")), weights(query));
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest("error.bad.repeated", name);
        }
        return values.get(0).trim();
    }

    private String municipality(String code) {
        if (code == null) {
            return null;
        }
        Map<String, String> known = reference.get().municipalities();
        if (!known.containsKey(code)) {
            throw new BadRequest("error.bad.municipality", code, String.join(", ", known.keySet()));
        }
        return code;
    }

    private Integer year(String text) {
        if (text == null) {
            return null;
        }
        Set<Integer> years = reference.get().years();
        try {
            int year = Integer.parseInt(text);
            if (years.contains(year)) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequest("error.bad.year", text, years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private String sector(String key) {
        if (key == null) {
            return null;
        }
        if (!reference.sectors().contains(key)) {
            throw new BadRequest("error.bad.sector", key, String.join(", ", reference.sectors()));
        }
        return key;
    }

    private Map<String, Double> weights(Map<String, List<String>> query) {
        Map<String, Double> weights = new HashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        List<InvalidWeights.Problem> problems = new ArrayList<>();
        Set<String> ids = null;
        for (String name : query.keySet()) {
            if (!name.startsWith(WEIGHT_PREFIX)) {
                continue;
            }
            String id = name.substring(WEIGHT_PREFIX.length());
            if (ids == null) {
                ids = indicators.ids();
            }
            if (!ids.contains(id)) {
                throw new BadRequest("error.bad.indicator", id, name, String.join(", ", new TreeSet<>(ids)));
            }
            String text = one(query, name);
            if (text == null) {
                continue;
            }
            entered.put(id, text);
            Optional<Double> w = weight(text);
            if (w.isEmpty()) {
                problems.add(new InvalidWeights.Problem(id, "whatif.error.not_number", text));
            } else if (!(w.get() >= 0 && w.get() <= MAX_WEIGHT)) {
                problems.add(new InvalidWeights.Problem(id, "whatif.error.range", text));
            } else {
                weights.put(id, w.get());
            }
        }
        if (problems.isEmpty() && !weights.isEmpty() && weights.values().stream().mapToDouble(Double::doubleValue).sum() == 0) {
            problems.add(new InvalidWeights.Problem(null, "whatif.error.zero_sum", ""));
        }
        if (!problems.isEmpty()) {
            throw new InvalidWeights(entered, problems);
        }
        return weights;
    }

    /** A weight as people write it: {@code 0.33}, {@code 0,33} (Finnish decimal comma) or {@code ,5}. */
    static Optional<Double> weight(String text) {
        String t = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
        if (!t.matches("[+]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            return Optional.empty();
        }
        return Optional.of(Double.parseDouble(t));
    }
}
