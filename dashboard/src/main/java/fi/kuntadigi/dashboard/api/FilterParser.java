package fi.kuntadigi.dashboard.api;

import fi.kuntadigi.dashboard.data.Reference;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns query parameters into {@link Filters}, rejecting anything unknown with a message that
 * says what is allowed. Nothing unvalidated goes further.
 */
public final class FilterParser {

    /** Prefix of a what-if weight parameter: {@code w_volume=0.3}. */
    public static final String WEIGHT_PREFIX = "w_";
    private static final Set<String> KNOWN = Set.of("lang", "municipality", "year", "sector");
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

    public Filters parse(Map<String, List<String>> query) {
        for (String name : query.keySet()) {
            if (!KNOWN.contains(name) && !name.startsWith(WEIGHT_PREFIX)) {
                throw new BadRequest("unknown parameter '" + name + "'; allowed: lang, municipality, year, sector, w_<indicator>");
            }
        }
        Lang lang = one(query, "lang") == null ? Lang.FI : Lang.of(one(query, "lang"))
                .orElseThrow(() -> new BadRequest("unknown language '" + one(query, "lang") + "'; allowed: fi, en, sv"));
        return new Filters(lang, municipality(one(query, "municipality")), year(one(query, "year")),
                sector(one(query, "sector")), weights(query));
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadRequest("parameter '" + name + "' given more than once");
        }
        return values.get(0).trim();
    }

    private String municipality(String code) {
        if (code == null) {
            return null;
        }
        Map<String, String> known = reference.get().municipalities();
        if (!known.containsKey(code)) {
            throw new BadRequest("unknown municipality '" + code + "'; allowed codes: " + String.join(", ", known.keySet()));
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
        throw new BadRequest("unknown year '" + text + "'; years with data: " + years);
    }

    private String sector(String key) {
        if (key == null) {
            return null;
        }
        if (!reference.sectors().contains(key)) {
            throw new BadRequest("unknown sector '" + key + "'; allowed: " + String.join(", ", reference.sectors()));
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
                throw new BadRequest("unknown indicator '" + id + "' in '" + name + "'; allowed: " + ids);
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
