package fi.kuntadigi.analytics.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the digital-potential index is defined and how its ranking is used. The index itself — indicators,
 * directions, weights, normalisation, aggregation, the uncertainty and sensitivity analyses — is a framework
 * of the composite-indicator engine in {@code framework} ({@code iMeta.csv} and {@code method.properties}).
 *
 * The maturity index's framework is the maturity model dataset's dimensions and weights, combined as
 * {@code maturityMethod} says.
 *
 * @param framework      the framework's folder ({@code index.framework}, relative to the settings file's folder)
 * @param legalPriority  statutory services form the first priority tier
 * @param maturityMethod the maturity index's method file ({@code maturity.method}, relative to the settings file's folder)
 */
public record IndexSettings(Path framework, boolean legalPriority, Path maturityMethod) {

    /** Settings that were here and are now the framework's: named in the error when an old file still has them. */
    private static final List<String> MOVED = List.of("index.weight.", "index.normalisation", "index.aggregation",
            "index.geometric_floor", "index.mc.");

    static IndexSettings from(Settings s) {
        Path framework = s.folder("index.framework", "index/potential");
        for (String prefix : MOVED) {
            String key = s.under(prefix).keySet().stream().findFirst().map(k -> prefix + k).orElse(null);
            if (key != null) {
                throw new IllegalArgumentException(key + ": the potential index's weights, normalisation, aggregation "
                        + "and Monte Carlo settings are in " + framework.resolve("iMeta.csv") + " (column Weight) and "
                        + framework.resolve("method.properties") + " now; move the setting there and remove it here");
            }
        }
        return new IndexSettings(framework, s.flag("index.legal_priority", true),
                s.folder("maturity.method", "index/maturity/method.properties"));
    }
}
