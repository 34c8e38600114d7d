package fi.kuntadigi.index.method;

import fi.kuntadigi.index.aggregate.AggregateSettings;
import fi.kuntadigi.index.aggregate.Aggregation;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.impute.ImputeSettings;
import fi.kuntadigi.index.impute.Imputation;
import fi.kuntadigi.index.normalise.NormaliseSettings;
import fi.kuntadigi.index.normalise.Normalisation;
import fi.kuntadigi.index.treat.TreatSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Reads a method file: a UTF-8 {@code .properties} file naming each JRC step's option (documented in
 * docs/methodology.md, "Composite-indicator engine"). Every key is optional and defaults to COINr's
 * default; an unknown key or value is an error naming the file and the key, so a typo is not ignored.
 */
public final class MethodFile {

    private static final List<String> KEYS = List.of("denominate", "impute", "impute.group", "screen.max_missing_share",
            "treat", "treat.skewness", "treat.kurtosis", "treat.max_winsorised", "treat.log_if_not_enough",
            "normalise", "normalise.low", "normalise.high", "normalise.zscore.mean", "normalise.zscore.sd",
            "normalise.reference_unit", "aggregate", "aggregate.floor", "aggregate.scale", "uncertainty.runs", "uncertainty.seed",
            "uncertainty.weights", "uncertainty.weights.each", "uncertainty.normalise", "uncertainty.aggregate", "uncertainty.impute",
            "sensitivity.samples", "sensitivity.bootstrap", "sensitivity.units", "rank.ties");
    private static final List<String> PREFIXES = List.of("normalise.goalposts.", "aggregate.level.", "weight.",
            "uncertainty.input.");

    private final String file;
    private final Properties p;

    private MethodFile(String file, Properties p) {
        this.file = file;
        this.p = p;
    }

    /** The method of a file. */
    public static Method read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new FrameworkInputException(path + ": no such method file");
        }
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.getFileName().toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The method of a text (tests, and methods kept as strings). */
    public static Method parse(String name, String text) {
        try {
            return parse(name, new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The method of settings held as data, e.g. the rows ({@code setting}, {@code value}) of the mart analyze
     * publishes with an index ({@code potential_method}), so that a reader recomputes it with the same method.
     */
    public static Method of(String name, Map<String, String> settings) {
        Properties p = new Properties();
        p.putAll(settings);
        return new MethodFile(name, p).method();
    }

    private static Method parse(String name, Reader r) throws IOException {
        Properties p = new Properties();
        p.load(r);
        return new MethodFile(name, p).method();
    }

    private Method method() {
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key) && PREFIXES.stream().noneMatch(key::startsWith)) {
                throw error(key, "unknown setting; settings: " + KEYS + " and " + PREFIXES.stream().map(x -> x + "*").toList());
            }
        }
        Imputation imputation = choice("impute", Imputation.class, Imputation.NONE);
        String group = text("impute.group", null);
        if (group == null && (imputation.byGroup() || choices("uncertainty.impute", Imputation.class).stream().anyMatch(Imputation::byGroup))) {
            throw error("impute.group", "group_mean and group_median imputation need the group column, e.g. impute.group = EurAsia_group");
        }
        double maxMissing = number("screen.max_missing_share", 1);
        if (!(maxMissing >= 0 && maxMissing <= 1)) {
            throw error("screen.max_missing_share", "a share between 0 and 1 (1 keeps every unit)");
        }
        ImputeSettings impute = new ImputeSettings(imputation, group, maxMissing);
        String treatment = text("treat", "coinr").toLowerCase(Locale.ROOT);
        if (!treatment.equals("coinr") && !treatment.equals("none")) {
            throw error("treat", "'" + treatment + "' is not coinr or none");
        }
        TreatSettings d = TreatSettings.coinrDefault();
        TreatSettings treat = new TreatSettings(treatment.equals("coinr"), number("treat.skewness", d.skewness()),
                number("treat.kurtosis", d.kurtosis()), (int) number("treat.max_winsorised", d.maxWinsorised()),
                bool("treat.log_if_not_enough", true));
        Map<String, double[]> goalposts = new LinkedHashMap<>();
        Map<Integer, Aggregation> byLevel = new LinkedHashMap<>();
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("normalise.goalposts.")) {
                double[] g = numbers(key);
                if (g.length != 2 || !(g[1] > g[0])) {
                    throw error(key, "goalposts are two numbers, lower then upper: LOWER, UPPER");
                }
                goalposts.put(key.substring("normalise.goalposts.".length()), g);
            } else if (key.startsWith("aggregate.level.")) {
                try {
                    byLevel.put(Integer.parseInt(key.substring("aggregate.level.".length())), choice(key, Aggregation.class, null));
                } catch (NumberFormatException e) {
                    throw error(key, "aggregate.level.N names a framework level N (2, 3, ...)");
                }
            } else if (key.startsWith("weight.")) {
                weights.put(key.substring("weight.".length()), number(key, 1));
            } else if (key.startsWith("uncertainty.input.")) {
                double spread = number(key, 0);
                if (!(spread >= 0 && spread < 1)) {
                    throw error(key, "an input's spread is a share from 0 up to (not including) 1, e.g. 0.3 for ±30 %");
                }
                inputs.put(key.substring("uncertainty.input.".length()), spread);
            }
        }
        NormaliseSettings normalise = new NormaliseSettings(choice("normalise", Normalisation.class, Normalisation.MINMAX),
                number("normalise.low", 0), number("normalise.high", 100), number("normalise.zscore.mean", 0),
                number("normalise.zscore.sd", 1), text("normalise.reference_unit", null), goalposts);
        AggregateSettings aggregate = new AggregateSettings(choice("aggregate", Aggregation.class, Aggregation.ARITHMETIC),
                byLevel, number("aggregate.floor", Double.NaN), number("aggregate.scale", 1));
        UncertaintySettings uncertainty = new UncertaintySettings((int) number("uncertainty.runs", 0),
                (long) number("uncertainty.seed", 1), number("uncertainty.weights", 0), bool("uncertainty.weights.each", false),
                choices("uncertainty.normalise", Normalisation.class), choices("uncertainty.aggregate", Aggregation.class),
                choices("uncertainty.impute", Imputation.class), inputs, (int) number("sensitivity.samples", 0),
                (int) number("sensitivity.bootstrap", 0), (int) number("sensitivity.units", 0));
        return new Method(bool("denominate", true), impute, treat, normalise, aggregate, weights, uncertainty,
                choice("rank.ties", Ties.class, Ties.MIN));
    }

    private String text(String key, String fallback) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    private double number(String key, double fallback) {
        String v = text(key, null);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error(key, "'" + v + "' is not a number");
        }
    }

    private double[] numbers(String key) {
        List<Double> out = new ArrayList<>();
        for (String part : text(key, "").split(",")) {
            try {
                out.add(Double.parseDouble(part.strip()));
            } catch (NumberFormatException e) {
                throw error(key, "'" + part.strip() + "' is not a number");
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private boolean bool(String key, boolean fallback) {
        String v = text(key, null);
        if (v == null) {
            return fallback;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw error(key, "'" + v + "' is not true or false");
        }
        return Boolean.parseBoolean(v);
    }

    private <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
        String v = text(key, null);
        return v == null ? fallback : parse(key, type, v);
    }

    private <E extends Enum<E>> List<E> choices(String key, Class<E> type) {
        String v = text(key, null);
        if (v == null) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(s -> parse(key, type, s)).toList();
    }

    private <E extends Enum<E>> E parse(String key, Class<E> type, String value) {
        Function<E, String> name = MethodFile::lower;
        for (E e : type.getEnumConstants()) {
            if (name.apply(e).equals(value.toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw error(key, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(name).toList());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private FrameworkInputException error(String key, String problem) {
        return new FrameworkInputException(file + ", setting " + key + ": " + problem);
    }
}
